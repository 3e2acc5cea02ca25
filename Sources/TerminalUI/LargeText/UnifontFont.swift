/// GNU Unifont glyphs read from a `.hex` file (`XXXX:` code point, then 32 or 64 hex digits per line).
///
/// Loading maps the file and parses nothing: each lookup binary-searches the lines, which Unifont
/// ships sorted by code point, so only the pages holding the requested glyphs are ever read.
/// A file whose lines are not in ascending code-point order is not supported.
public struct UnifontFont: Sendable {
    /// Where Debian's `unifont` package installs the font.
    public static let debianPath = "/usr/share/unifont/unifont.hex"

    /// The path the font was loaded from.
    public let path: String
    private let file: MappedFile

    /// Maps the font file at `path` and checks that its first line is a glyph line.
    public init(path: String = UnifontFont.debianPath) throws(LargeTextError) {
        let file = try MappedFile(path: path)
        self.path = path
        self.file = file
        guard let first = Self.line(in: file.bytes, startingAt: 0), first.glyph != nil else {
            throw .fontMalformed(path: path)
        }
    }

    /// The glyph of a code point, or nil when the font has none (or its line is malformed).
    public func glyph(for scalar: Unicode.Scalar) -> GlyphBitmap? {
        let bytes = file.bytes
        let target = scalar.value
        var low = 0
        var high = bytes.count
        while low < high {
            let start = Self.lineStart(in: bytes, containing: (low + high) / 2, notBefore: low)
            guard let line = Self.line(in: bytes, startingAt: start) else { return nil }
            if line.codePoint == target { return line.glyph }
            if line.codePoint < target {
                low = line.next
            } else {
                high = start
            }
        }
        return nil
    }

    /// The offset where the line holding `offset` begins, never before `floor` (a known line start).
    private static func lineStart(in bytes: UnsafeRawBufferPointer, containing offset: Int, notBefore floor: Int) -> Int {
        var start = offset
        while start > floor, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// One parsed line: its code point, glyph (nil if the digits are malformed) and the next line's offset.
    private static func line(
        in bytes: UnsafeRawBufferPointer, startingAt start: Int
    ) -> (codePoint: UInt32, glyph: GlyphBitmap?, next: Int)? {
        var index = start
        var codePoint: UInt32 = 0
        var digits = 0
        while index < bytes.count, let nibble = HexDigit.value(of: bytes[index]), digits < 8 {
            codePoint = codePoint << 4 | UInt32(nibble)
            digits += 1
            index += 1
        }
        guard digits > 0, index < bytes.count, bytes[index] == 0x3A else { return nil }
        let hexStart = index + 1
        var end = hexStart
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        var hexEnd = end
        if hexEnd > hexStart, bytes[hexEnd - 1] == 0x0D { hexEnd -= 1 }
        let glyph = GlyphBitmap(hexDigits: UnsafeRawBufferPointer(rebasing: bytes[hexStart..<hexEnd]))
        return (codePoint, glyph, min(end + 1, bytes.count))
    }
}
