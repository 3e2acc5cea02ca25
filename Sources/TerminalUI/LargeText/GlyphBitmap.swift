/// One Unifont glyph: 16 rows of 8 or 16 pixels, as read from a `.hex` line.
public struct GlyphBitmap: Sendable, Hashable {
    /// Pixel columns: 8 for a narrow glyph, 16 for a wide one.
    public let width: Int
    /// Each pixel row, left-aligned: bit 15 is the leftmost pixel, also for 8-pixel glyphs.
    public let rows: [UInt16]

    /// The glyph height in pixels; every Unifont glyph is 16 rows tall.
    public static let height = 16

    /// Creates a glyph from 16 left-aligned rows; nil unless the width is 8 or 16 and there are 16 rows.
    public init?(width: Int, rows: [UInt16]) {
        guard width == 8 || width == 16, rows.count == Self.height else { return nil }
        self.width = width
        self.rows = width == 8 ? rows.map { $0 & 0xFF00 } : rows
    }

    /// Parses the hex digits after the colon of a `.hex` line: 32 digits (8x16) or 64 digits (16x16).
    public init?(hexDigits: some Collection<UInt8>) {
        let digitsPerRow: Int
        switch hexDigits.count {
        case 32: digitsPerRow = 2
        case 64: digitsPerRow = 4
        default: return nil
        }
        var rows: [UInt16] = []
        rows.reserveCapacity(Self.height)
        var value: UInt16 = 0
        var digitsInRow = 0
        for byte in hexDigits {
            guard let nibble = HexDigit.value(of: byte) else { return nil }
            value = value << 4 | UInt16(nibble)
            digitsInRow += 1
            if digitsInRow == digitsPerRow {
                rows.append(digitsPerRow == 2 ? value << 8 : value)
                value = 0
                digitsInRow = 0
            }
        }
        self.init(width: digitsPerRow * 4, rows: rows)
    }

    /// True when the pixel at column `x` (0 = left) of row `y` (0 = top) is set; false outside the glyph.
    public func pixel(x: Int, y: Int) -> Bool {
        guard x >= 0, x < width, y >= 0, y < Self.height else { return false }
        return rows[y] & (0x8000 >> UInt16(x)) != 0
    }
}

/// Reads ASCII hexadecimal digits without going through String.
enum HexDigit {
    /// The value 0...15 of an ASCII hex digit (either case), or nil for any other byte.
    @inline(__always)
    static func value(of byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
