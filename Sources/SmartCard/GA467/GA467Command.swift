/// The GA 467 security-module commands the kiosk sends.
public enum GA467Command: Sendable, Hashable, CaseIterable {
    /// `11 FF`: the security module's status.
    case samStatus
    /// `20 01`: find a card in the field.
    case findCard
    /// `20 02`: select the card found.
    case selectCard
    /// `30 01`: read the text and photo blocks.
    case readBase

    /// The CMD and PARA bytes.
    public var code: (command: UInt8, parameter: UInt8) {
        switch self {
        case .samStatus: return (0x11, 0xFF)
        case .findCard: return (0x20, 0x01)
        case .selectCard: return (0x20, 0x02)
        case .readBase: return (0x30, 0x01)
        }
    }

    /// The SW3 byte that means success for this command (`9F` for find card, `90` otherwise).
    public var successStatus: UInt8 {
        self == .findCard ? 0x9F : 0x90
    }

    /// The request frame.
    public var frame: GA467Frame {
        GA467Frame(body: [code.command, code.parameter])
    }

    /// The command a request body names, if any.
    public init?(body: [UInt8]) {
        guard body.count >= 2,
              let match = Self.allCases.first(where: { $0.code.command == body[0] && $0.code.parameter == body[1] })
        else { return nil }
        self = match
    }
}
