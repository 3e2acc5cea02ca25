import Foundation

/// One outbox entry on the wire: what the kiosk recorded, under the UUID it gave the entry.
public struct SyncEntry: Hashable, Sendable, Codable {
    /// The UUID assigned when the kiosk wrote the entry (with the batch's kiosk ID, its global key).
    public var id: UUID
    /// The kiosk's service name (`enrolment`, `cancellation`, ...).
    public var kind: String
    /// The receipt number: what a person and the county quote, not unique across kiosks or restores.
    public var receiptNumber: String
    /// When the kiosk recorded it (the store's timestamp text).
    public var createdAt: String
    /// The entry's record: JSON text, sent as the kiosk stored it.
    public var payload: String
    /// The check code printed on the entry's receipt (20 upper-case hex digits, the receipt's HMAC under the kiosk's
    /// receipt key), so the county can check a paper receipt without holding that key; nil when it has no receipt.
    public var receiptCode: String?

    /// An entry from its parts.
    public init(id: UUID, kind: String, receiptNumber: String, createdAt: String, payload: String,
                receiptCode: String? = nil) {
        self.id = id
        self.kind = kind
        self.receiptNumber = receiptNumber
        self.createdAt = createdAt
        self.payload = payload
        self.receiptCode = receiptCode
    }

    /// Whether `code` has the form of a receipt check code: 20 upper-case hex digits.
    public static func isReceiptCode(_ code: String) -> Bool {
        code.utf8.count == 20 && code.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x46).contains($0) }
    }

    /// The pending act this entry is, when the county must decide it.
    public var pendingAct: PendingActKind? { PendingActKind.forEntryKind(kind) }
}
