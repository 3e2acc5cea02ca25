import SmartCard
import TextCodecs

/// The records a social-security profile puts on the card, by SFI and tag, with each generation's record order.
public struct CardRecords: Sendable, Hashable {
    /// Values by SFI, then by tag.
    public let values: [UInt8: [UInt8: [UInt8]]]
    /// Record numbers' tags by SFI (record n is element n-1).
    public let recordOrder: [UInt8: [UInt8]]

    /// Encodes a profile's fields the way the card stores them; nil for a profile without holder and card fields.
    public init?(profile: CardProfile) {
        guard let holder = profile.holder, let card = profile.card,
              let name = GBKText.encode(holder.name), let nation = BCD.encode(holder.nation),
              let birth = BCD.encode(holder.birthDate), let issue = BCD.encode(card.issueDate),
              let expiry = BCD.encode(card.expiryDate), let identification = Hex.bytes(card.identification)
        else { return nil }
        let paddedName = name + [UInt8](repeating: 0, count: max(0, 30 - name.count))
        values = [
            5: [0x01: identification, 0x02: [0x31], 0x03: Array(card.version.utf8), 0x04: Array("G45000000000".utf8),
                0x05: issue, 0x06: expiry, 0x07: Array(card.cardNumber.utf8)],
            6: [0x08: Array(holder.idNumber.utf8), 0x09: paddedName, 0x0A: Array(holder.sex.utf8), 0x0B: nation,
                0x0C: Array("450000".utf8), 0x0D: birth, 0x4E: [UInt8](repeating: 0, count: 20)],
        ]
        if profile.generation == 1 {
            recordOrder = [5: [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07], 6: [0x08, 0x09, 0x0A, 0x0B, 0x0D]]
        } else {
            recordOrder = [5: [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07], 6: [0x08, 0x09, 0x4E, 0x0A, 0x0B, 0x0C, 0x0D]]
        }
    }

    /// The value of a tag in a file.
    public func value(sfi: UInt8, tag: UInt8) -> [UInt8]? {
        guard let tags = recordOrder[sfi], tags.contains(tag) else { return nil }
        return values[sfi]?[tag]
    }

    /// The tag held by record `number` (1-based) of a file.
    public func tag(sfi: UInt8, record number: UInt8) -> UInt8? {
        guard let tags = recordOrder[sfi], number >= 1, Int(number) <= tags.count else { return nil }
        return tags[Int(number) - 1]
    }
}
