/// What the card said to a VERIFY of its PIN.
public enum CardPINVerification: Sendable, Hashable {
    /// `9000`: the PIN is the card's.
    case verified
    /// `63Cx`: wrong PIN, x tries left before the card blocks it.
    case wrong(triesLeft: Int)
    /// `6983` (or `63C0`): the PIN is blocked; only the issuer (the county office) can unblock it.
    case blocked
}

/// Asks a social-security card to check its holder's PIN (ISO/IEC 7816-4 VERIFY, `00 20 00 00 03` + 3 BCD bytes).
///
/// The card counts wrong tries itself; the kiosk only reports what it answers.
public struct CardPINVerifier: Sendable {
    /// A verifier.
    public init() {}

    /// Sends VERIFY with `pin` over `channel` and classifies the card's answer; other status words are errors.
    public func verify(_ pin: CardPIN, over channel: any CardChannel) throws(SmartCardError) -> CardPINVerification {
        var exchange = APDUExchange(channel: channel)
        let response = try exchange.send(pin.verifyCommand)
        return try Self.classify(response.status)
    }

    /// The meaning of VERIFY's status word.
    public static func classify(_ status: StatusWord) throws(SmartCardError) -> CardPINVerification {
        switch (status.sw1, status.sw2) {
        case (0x90, 0x00): return .verified
        case (0x63, let sw2) where sw2 & 0xF0 == 0xC0:
            let left = Int(sw2 & 0x0F)
            return left == 0 ? .blocked : .wrong(triesLeft: left)
        case (0x69, 0x83), (0x69, 0x84): return .blocked
        default: throw .status(status)
        }
    }
}
