#if canImport(TextCodecs)
import TextCodecs
#endif

/// One ESC/POS instruction the kiosk sends to a receipt printer, or a printed line of text.
///
/// The byte forms are those shared by EPSON TM-series printers and the Chinese-firmware printers
/// sold for receipts in China (Xprinter, Gprinter, SPRT and similar); see `bytes`.
public enum EscPosCommand: Equatable, Sendable {
    /// ESC @ (1B 40): clears the buffer and resets the print modes.
    case initialise
    /// FS & (1C 26) turns Chinese character mode on (double-byte GB codes); FS . (1C 2E) turns it off.
    case chineseMode(Bool)
    /// ESC E n (1B 45 n): emphasised (bold) printing on or off.
    case emphasis(Bool)
    /// GS ! n (1D 21 n): character magnification 1...8 in each direction; applies to Chinese characters too.
    case characterSize(width: Int, height: Int)
    /// ESC a n (1B 61 n): justification of the following lines.
    case justification(EscPosJustification)
    /// A line of text: the text as GB18030 followed by LF (0A), which prints it and feeds one line.
    case line(String)
    /// ESC d n (1B 64 n): prints the buffer and feeds n lines.
    case feed(lines: Int)
    /// GS V m n (1D 56 m n): feeds to the cutting position and cuts.
    case cut(EscPosCut)
    /// A QR code of `content` (ASCII), drawn by the printer: GS ( k (1D 28 6B) functions 165 (model 2),
    /// 167 (module size 6 dots), 169 (error correction M), 180 (store the data) and 181 (print it).
    case qrCode(String)
}

/// Horizontal placement of printed lines (ESC a n).
public enum EscPosJustification: UInt8, Equatable, Sendable {
    case left = 0
    case center = 1
    case right = 2
}

/// How the paper is cut at the end of a receipt.
public enum EscPosCut: Equatable, Sendable {
    /// GS V 66 0: feed to the cutting position, cut leaving one point (the receipt does not fall).
    case partial
    /// GS V 65 0: feed to the cutting position, cut through.
    case full
}

/// ASCII control bytes that start ESC/POS commands.
enum EscPosByte {
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let escape: UInt8 = 0x1B
    static let fileSeparator: UInt8 = 0x1C
    static let groupSeparator: UInt8 = 0x1D
}

extension EscPosCommand {
    /// The command's bytes; a line's text is encoded as GB18030 (nil when it cannot be).
    ///
    /// Control characters inside a line's text are printed as spaces so text can never start a command.
    public func bytes() -> [UInt8]? {
        switch self {
        case .initialise:
            return [EscPosByte.escape, 0x40]
        case .chineseMode(let on):
            return [EscPosByte.fileSeparator, on ? 0x26 : 0x2E]
        case .emphasis(let on):
            return [EscPosByte.escape, 0x45, on ? 1 : 0]
        case .characterSize(let width, let height):
            let horizontal = UInt8(min(max(width, 1), 8) - 1)
            let vertical = UInt8(min(max(height, 1), 8) - 1)
            return [EscPosByte.groupSeparator, 0x21, horizontal << 4 | vertical]
        case .justification(let justification):
            return [EscPosByte.escape, 0x61, justification.rawValue]
        case .line(let text):
            guard let encoded = ChineseEncoding.gb18030.encode(Self.printable(text)) else { return nil }
            return encoded + [EscPosByte.lineFeed]
        case .feed(let lines):
            return [EscPosByte.escape, 0x64, UInt8(min(max(lines, 0), 255))]
        case .cut(let cut):
            return [EscPosByte.groupSeparator, 0x56, cut == .partial ? 66 : 65, 0]
        case .qrCode(let content):
            let data = Array(content.utf8)
            guard data.allSatisfy({ (0x20..<0x7F).contains($0) }), data.count <= EscPosQR.maximumLength else { return nil }
            return EscPosQR.function(0x41, [0x32, 0x00]) + EscPosQR.function(0x43, [EscPosQR.moduleSize])
                + EscPosQR.function(0x45, [EscPosQR.errorCorrectionM]) + EscPosQR.function(0x50, [0x30] + data)
                + EscPosQR.function(0x51, [0x30])
        }
    }

    /// The text with every control character (C0, DEL, C1) replaced by a space.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            result.append(isControl ? " " : scalar)
        }
        return String(result)
    }
}
