#if canImport(TextCodecs)
import TextCodecs
#endif

/// The two status bytes ending every response APDU, with their meaning for the kiosk.
public struct StatusWord: Sendable, Hashable, CustomStringConvertible {
    /// First status byte.
    public let sw1: UInt8
    /// Second status byte.
    public let sw2: UInt8

    /// Builds a status word from its two bytes.
    public init(sw1: UInt8, sw2: UInt8) {
        self.sw1 = sw1
        self.sw2 = sw2
    }

    /// Builds a status word from a 16-bit value such as `0x9000`.
    public init(_ value: UInt16) {
        self.init(sw1: UInt8(value >> 8), sw2: UInt8(value & 0xFF))
    }

    /// The 16-bit value, e.g. `0x6A82`.
    public var value: UInt16 { UInt16(sw1) << 8 | UInt16(sw2) }

    /// `90 00`: the command succeeded.
    public static let success = StatusWord(0x9000)
    /// `6A 82`: file or application not found.
    public static let fileNotFound = StatusWord(0x6A82)
    /// `6A 83`: record not found.
    public static let recordNotFound = StatusWord(0x6A83)

    /// What the status word means, classified for the reader's decisions.
    public var meaning: StatusMeaning {
        switch (sw1, sw2) {
        case (0x90, 0x00): return .success
        case (0x61, let n): return .moreData(n)
        case (0x6C, let n): return .wrongLength(correct: n)
        case (0x6A, 0x82): return .fileNotFound
        case (0x6A, 0x83): return .recordNotFound
        case (0x69, 0x82), (0x69, 0x85): return .securityNotSatisfied
        case (0x69, 0x83): return .blocked
        case (0x6D, 0x00), (0x6E, 0x00): return .notSupported
        case (0x67, 0x00): return .wrongLengthNoHint
        default: return .other
        }
    }

    /// Hex form such as `6A82`.
    public var description: String { Hex.string([sw1, sw2]) }
}

/// The classes of status words the kiosk distinguishes.
public enum StatusMeaning: Sendable, Hashable {
    /// `9000`.
    case success
    /// `61xx`: xx more bytes wait for GET RESPONSE (T=0).
    case moreData(UInt8)
    /// `6Cxx`: resend with Le = xx (T=0).
    case wrongLength(correct: UInt8)
    /// `6A82`.
    case fileNotFound
    /// `6A83`.
    case recordNotFound
    /// `6982`/`6985`.
    case securityNotSatisfied
    /// `6983`: the card is blocked.
    case blocked
    /// `6D00`/`6E00`: instruction or class not supported.
    case notSupported
    /// `6700`.
    case wrongLengthNoHint
    /// Any other status word.
    case other

    /// The user-facing message key for a status word that ends a read.
    public var messageKey: String {
        switch self {
        case .success: return "card.status.success"
        case .moreData, .wrongLength, .wrongLengthNoHint: return "card.error.protocol"
        case .fileNotFound: return "card.error.applicationNotFound"
        case .recordNotFound: return "card.error.recordNotFound"
        case .securityNotSatisfied: return "card.error.securityNotSatisfied"
        case .blocked: return "card.error.blocked"
        case .notSupported: return "card.error.notSupported"
        case .other: return "card.error.unexpectedStatus"
        }
    }
}
