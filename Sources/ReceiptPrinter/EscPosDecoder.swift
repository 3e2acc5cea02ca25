#if canImport(TextCodecs)
import TextCodecs
#endif

/// Reads an ESC/POS byte stream back into commands and text lines: for tests and the printer dump.
///
/// Understands exactly the commands `EscPosCommand` writes (and the cut forms GS V 0/1/48/49);
/// anything else is an error naming its offset, so a dump never silently skips bytes.
public enum EscPosDecoder {
    /// The commands in `bytes`, a line for each LF-terminated run of GB18030 text.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(EscPosDecodingError) -> [EscPosCommand] {
        var reader = ByteReader(Array(bytes))
        var commands: [EscPosCommand] = []
        var text: [UInt8] = []
        var textStart = 0
        var storedQR: String?
        while let byte = reader.next() {
            switch byte {
            case EscPosByte.lineFeed:
                guard let line = ChineseEncoding.gb18030.decode(text) else { throw .invalidText(offset: textStart) }
                commands.append(.line(line))
                text = []
            case EscPosByte.carriageReturn:
                continue
            case EscPosByte.groupSeparator where reader.peek() == 0x28:
                if let qr = try qrFunction(from: &reader, stored: &storedQR) { commands.append(qr) }
            case EscPosByte.escape, EscPosByte.fileSeparator, EscPosByte.groupSeparator:
                commands.append(try command(introducedBy: byte, from: &reader))
            case 0x00..<0x20, 0x7F:
                throw .unknownCommand(offset: reader.offset - 1, bytes: [byte])
            default:
                if text.isEmpty { textStart = reader.offset - 1 }
                text.append(byte)
            }
        }
        if !text.isEmpty { throw .unterminatedLine(offset: textStart) }
        return commands
    }

    /// The printed lines in `bytes`, in order.
    public static func lines<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(EscPosDecodingError) -> [String] {
        try decode(bytes).compactMap { command in
            if case .line(let text) = command { text } else { nil }
        }
    }

    /// One `GS ( k` QR function after its GS: the print function (181) gives the code of the data the store
    /// function (180) kept; model, size and error-correction settings give nothing of their own.
    private static func qrFunction(from reader: inout ByteReader,
                                   stored: inout String?) throws(EscPosDecodingError) -> EscPosCommand? {
        let start = reader.offset - 1
        guard reader.next() == 0x28, reader.next() == 0x6B, let low = reader.next(), let high = reader.next() else {
            throw .truncatedCommand(offset: start)
        }
        var body: [UInt8] = []
        for _ in 0..<(Int(high) << 8 | Int(low)) {
            guard let byte = reader.next() else { throw .truncatedCommand(offset: start) }
            body.append(byte)
        }
        guard body.count >= 2, body[0] == EscPosQR.symbol else { throw .unknownCommand(offset: start, bytes: reader.bytes(from: start)) }
        switch body[1] {
        case 0x41, 0x43, 0x45:
            return nil
        case 0x50 where body.count >= 3:
            stored = String(decoding: body.dropFirst(3), as: UTF8.self)
            return nil
        case 0x51:
            guard let content = stored else { throw .unknownCommand(offset: start, bytes: reader.bytes(from: start)) }
            stored = nil
            return .qrCode(content)
        default:
            throw .unknownCommand(offset: start, bytes: reader.bytes(from: start))
        }
    }

    /// One command after its introducing byte (ESC, FS or GS).
    private static func command(introducedBy introducer: UInt8, from reader: inout ByteReader) throws(EscPosDecodingError) -> EscPosCommand {
        let start = reader.offset - 1
        guard let code = reader.next() else { throw .truncatedCommand(offset: start) }
        func parameter() throws(EscPosDecodingError) -> UInt8 {
            guard let value = reader.next() else { throw .truncatedCommand(offset: start) }
            return value
        }
        switch (introducer, code) {
        case (EscPosByte.escape, 0x40):
            return .initialise
        case (EscPosByte.fileSeparator, 0x26):
            return .chineseMode(true)
        case (EscPosByte.fileSeparator, 0x2E):
            return .chineseMode(false)
        case (EscPosByte.escape, 0x45):
            return .emphasis(try parameter() & 1 == 1)
        case (EscPosByte.groupSeparator, 0x21):
            let size = try parameter()
            return .characterSize(width: Int(size >> 4 & 0x07) + 1, height: Int(size & 0x07) + 1)
        case (EscPosByte.escape, 0x61):
            switch try parameter() {
            case 0, 48: return .justification(.left)
            case 1, 49: return .justification(.center)
            case 2, 50: return .justification(.right)
            default: throw .unknownCommand(offset: start, bytes: reader.bytes(from: start))
            }
        case (EscPosByte.escape, 0x64):
            return .feed(lines: Int(try parameter()))
        case (EscPosByte.groupSeparator, 0x56):
            switch try parameter() {
            case 0, 48: return .cut(.full)
            case 1, 49: return .cut(.partial)
            case 65: _ = try parameter(); return .cut(.full)
            case 66: _ = try parameter(); return .cut(.partial)
            default: throw .unknownCommand(offset: start, bytes: reader.bytes(from: start))
            }
        default:
            throw .unknownCommand(offset: start, bytes: reader.bytes(from: start))
        }
    }
}

/// Why a byte stream could not be read back.
public enum EscPosDecodingError: Error, Equatable, Sendable {
    /// A command the decoder does not know, at a byte offset.
    case unknownCommand(offset: Int, bytes: [UInt8])
    /// The stream ends inside a command.
    case truncatedCommand(offset: Int)
    /// Text bytes that are not valid GB18030.
    case invalidText(offset: Int)
    /// Text at the end of the stream without its LF (it would never be printed).
    case unterminatedLine(offset: Int)
}

/// A cursor over a byte array.
struct ByteReader {
    private let bytes: [UInt8]
    /// The index of the next byte.
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next byte, or nil at the end.
    mutating func next() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The next byte without moving past it, or nil at the end.
    func peek() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    /// The bytes from `start` up to the cursor.
    func bytes(from start: Int) -> [UInt8] {
        Array(bytes[start..<offset])
    }
}
