import Foundation
import SyncProtocol

/// A kiosk registered at the hub.
public struct HubKiosk: Hashable, Sendable {
    public var id: String
    public var addedAt: String
    public var revokedAt: String?
    public var lastSyncAt: String?
}

/// A kiosk's signing key and whether it may still sign.
public struct KioskCredential: Hashable, Sendable {
    public var signingKey: SigningKey
    public var revoked: Bool
}

/// An act stored at the hub and waiting for the county's decision.
public struct PendingAct: Hashable, Sendable {
    public var key: EntryKey
    public var act: PendingActKind
    public var receiptNumber: String
    public var createdAt: String
    public var receivedAt: String
    /// The entry's record as the kiosk sent it (JSON).
    public var payload: String
}

/// Something the audit anchoring found wrong with a kiosk's history.
public struct AuditFinding: Hashable, Sendable {
    public var kioskID: String
    public var foundAt: String
    /// What was wrong, in plain words.
    public var problem: String
}

/// How many entries the hub holds for a kiosk.
public struct KioskEntryCount: Hashable, Sendable {
    public var kioskID: String
    public var entries: Int
    /// Acts from this kiosk still waiting for a decision.
    public var pendingActs: Int
    public var lastSyncAt: String?
}

/// An entry stored under a receipt number, with the check code its kiosk sent for the receipt.
public struct HubReceiptEntry: Hashable, Sendable {
    public var key: EntryKey
    public var kind: String
    public var receiptNumber: String
    public var createdAt: String
    public var receivedAt: String
    /// The receipt's check code as the kiosk sent it; nil for entries sent before kiosks sent codes, or without a receipt.
    public var receiptCode: String?

    /// An entry from its parts.
    public init(key: EntryKey, kind: String, receiptNumber: String, createdAt: String, receivedAt: String,
                receiptCode: String?) {
        self.key = key
        self.kind = kind
        self.receiptNumber = receiptNumber
        self.createdAt = createdAt
        self.receivedAt = receivedAt
        self.receiptCode = receiptCode
    }
}

/// One published version of a reference set, as `kiosk-hub reference list` shows it.
public struct PublishedReference: Hashable, Sendable {
    public var kind: ReferenceKind
    public var version: Int64
    public var publishedAt: String
    public var publishedBy: String
    public var digest: String
    /// The content's size in bytes.
    public var bytes: Int
}
