#if canImport(TextCodecs)
import TextCodecs
#endif

/// One line per command, for the technician's dump of a printer stream.
extension EscPosCommand: CustomStringConvertible {
    /// The command's mnemonic and meaning, or the printed text of a line.
    public var description: String {
        switch self {
        case .initialise: "ESC @      initialise"
        case .chineseMode(true): "FS &       Chinese character mode on"
        case .chineseMode(false): "FS .       Chinese character mode off"
        case .emphasis(let on): "ESC E \(on ? 1 : 0)    emphasis \(on ? "on" : "off")"
        case .characterSize(let width, let height): "GS ! \(hex(width, height))   size \(width)x\(height)"
        case .justification(let justification): "ESC a \(justification.rawValue)    \(justification)"
        case .line(let text): "| \(text)"
        case .feed(let lines): "ESC d \(lines)    feed \(lines) line\(lines == 1 ? "" : "s")"
        case .cut(.partial): "GS V 66 0  partial cut"
        case .cut(.full): "GS V 65 0  full cut"
        case .qrCode(let content): "GS ( k     QR code: \(content)"
        }
    }

    private func hex(_ width: Int, _ height: Int) -> String {
        Hex.string([UInt8((width - 1) << 4 | (height - 1))])
    }
}

extension EscPosDecoder {
    /// The stream as readable lines (one command or printed line each), or the reason it cannot be read.
    public static func dump<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        do {
            return try decode(bytes).map(\.description).joined(separator: "\n")
        } catch {
            return "unreadable: \(error)"
        }
    }
}
