/// A social-security card's PIN as the holder typed it: six digits, sent to the card as three packed BCD
/// bytes in an ISO/IEC 7816-4 VERIFY and never kept, logged or printed.
public struct CardPIN: Sendable {
    /// How many digits the PIN has (three BCD bytes in the VERIFY command).
    public static let length = 6
    /// The PIN cards are issued with; a card still on it may not be used to transact until the holder changes it
    /// (the rule for the kiosk; the value is the common issuing default, assumed for Guangxi's cards).
    static let issuingDefault: [UInt8] = [0x12, 0x34, 0x56]

    /// The packed BCD bytes.
    let packed: [UInt8]

    /// A PIN from six ASCII digits; nil for anything else.
    public init?(_ digits: String) {
        guard digits.utf8.count == Self.length, let packed = BCD.encode(digits) else { return nil }
        self.packed = packed
    }

    /// Whether this is the issuing default PIN (123456).
    public var isIssuingDefault: Bool { packed == Self.issuingDefault }

    /// `00 20 00 00 03 <PIN>`: VERIFY against the card's global PIN (reference 00).
    public var verifyCommand: CommandAPDU {
        CommandAPDU(cla: 0x00, ins: 0x20, p1: 0x00, p2: 0x00, data: packed)
    }
}

extension CardPIN: CustomStringConvertible {
    /// Never the digits: a PIN printed by mistake shows as dots.
    public var description: String { "••••••" }
}
