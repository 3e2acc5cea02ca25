/// What a GA 467 module or its serial line can report, each with a message key.
public enum GA467Error: Error, Sendable, Hashable {
    /// The serial device could not be opened or configured.
    case portUnavailable(path: String)
    /// The module did not answer in time.
    case timeout
    /// A frame's length is impossible.
    case malformedFrame
    /// A frame's XOR check byte is wrong.
    case checksumMismatch
    /// The module's status byte SW3 says the command failed.
    case status(UInt8)
    /// The read answer's blocks are shorter than announced.
    case truncatedData
    /// The text block does not decode.
    case invalidText

    /// The user-facing message key.
    public var messageKey: String {
        switch self {
        case .portUnavailable: return "idcard.error.portUnavailable"
        case .timeout: return "idcard.error.timeout"
        case .malformedFrame, .checksumMismatch, .truncatedData: return "idcard.error.protocol"
        case .invalidText: return "idcard.error.unreadableData"
        case .status(let code): return Self.messageKey(status: code)
        }
    }

    /// Values the message inserts, by placeholder name: none of these texts takes one, and a case's own values
    /// (codes, paths, dates) are for the technicians' log, not the screen.
    public var parameters: [String: String] { [:] }

    /// The message key for a module status byte SW3.
    public static func messageKey(status: UInt8) -> String {
        switch status {
        case 0x10: return "idcard.error.checksum"
        case 0x11: return "idcard.error.length"
        case 0x21: return "idcard.error.command"
        case 0x23: return "idcard.error.unauthorised"
        case 0x31, 0x32, 0x33: return "idcard.error.authentication"
        case 0x40: return "idcard.error.unknownCard"
        case 0x41: return "idcard.error.readFailed"
        case 0x47: return "idcard.error.keyFailure"
        case 0x60: return "idcard.error.moduleSelfCheck"
        case 0x66: return "idcard.error.moduleNotAuthorised"
        case 0x80: return "idcard.error.noCard"
        case 0x81: return "idcard.error.selectFailed"
        case 0x91: return "idcard.error.noContent"
        default: return "idcard.error.moduleFailure"
        }
    }
}
