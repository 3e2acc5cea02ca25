import Foundation
import SyncProtocol

/// Everything the hub keeps, behind one protocol: kiosks and their keys, nonces seen, entries, audit heads,
/// pending acts and the county's decisions. Each backend keeps "stored exactly once" by the database's own
/// uniqueness, so several hub processes on one database never double-store.
public protocol HubStorage: Sendable {
    /// Registers a kiosk with the key its requests are signed with; refuses an ID already registered.
    func addKiosk(_ id: String, signingKey: SigningKey, at instant: Date) async throws(HubStorageError)
    /// Revokes a kiosk's key; returns false when no such kiosk is registered.
    func revokeKiosk(_ id: String, at instant: Date) async throws(HubStorageError) -> Bool
    /// Every registered kiosk, by ID.
    func kiosks() async throws(HubStorageError) -> [HubKiosk]
    /// The key and standing of one kiosk (nil when not registered).
    func credential(forKiosk id: String) async throws(HubStorageError) -> KioskCredential?
    /// Records a request's nonce; false when the kiosk used it before (a replay). Forgets nonces older than `horizon`.
    func useNonce(_ nonce: String, kiosk: String, at instant: Date, horizon: Date) async throws(HubStorageError) -> Bool
    /// Stores a checked batch in one transaction: new entries stored, repeated ones only acknowledged, the audit
    /// head compared with those held and kept.
    func store(_ batch: SyncBatch, receivedAt instant: Date) async throws(HubStorageError) -> BatchReceipt
    /// Acts waiting for a county decision, oldest first.
    func pendingActs() async throws(HubStorageError) -> [PendingAct]
    /// Decides one pending act; the decision then flows back to its kiosk.
    func decide(_ key: EntryKey, verdict: ReviewVerdict, reason: String?, officer: String,
                at instant: Date) async throws(HubStorageError) -> ReviewDecision
    /// A kiosk's decisions after `sequence`, oldest first.
    func decisions(forKiosk id: String, after sequence: Int64) async throws(HubStorageError) -> [ReviewDecision]
    /// What the audit anchoring found wrong, oldest first.
    func auditFindings() async throws(HubStorageError) -> [AuditFinding]
    /// Entries stored per kiosk, with each kiosk's last sync and pending acts.
    func entryCounts() async throws(HubStorageError) -> [KioskEntryCount]
    /// Every entry stored under a receipt number, from any kiosk (a number repeats across kiosks and restores).
    func entries(withReceipt number: String) async throws(HubStorageError) -> [HubReceiptEntry]
    /// Publishes `content` as the next version of `kind` (1 for the first), whichever hub process does it.
    func publishReference(_ kind: ReferenceKind, content: String, publishedBy officer: String,
                          at instant: Date) async throws(HubStorageError) -> ReferenceSet
    /// The latest version of each kind that is newer than the version `held` names (0 or absent: none held).
    func referenceSets(newerThan held: [ReferenceKind: Int64]) async throws(HubStorageError) -> [ReferenceSet]
    /// Every published version, by kind, newest first.
    func referenceHistory() async throws(HubStorageError) -> [PublishedReference]
    /// Keeps a kiosk's village figures unless newer ones (by `computedAt`) are held; returns whether they were kept.
    func keepFigures(_ figures: VillageFigures, kiosk: String, at instant: Date) async throws(HubStorageError) -> Bool
    /// The latest figures of each kiosk that sent any, by kiosk ID.
    func villageFigures() async throws(HubStorageError) -> [String: VillageFigures]
}

/// Why the hub's storage failed or refused an operation.
public enum HubStorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database could not be opened or migrated.
    case cannotOpen(String)
    /// A read or write failed underneath (nothing of a failed write is kept).
    case databaseFailed(String)
    case kioskExists(String)
    case noSuchEntry(String)
    /// The entry is not an act the county decides.
    case notPending(String)
    case alreadyDecided(String)
    /// A refusal needs a reason the kiosk can show.
    case reasonRequired

    public var description: String {
        switch self {
        case .cannotOpen(let reason): "the hub's database could not be opened: \(reason)"
        case .databaseFailed(let reason): "the hub's database failed: \(reason)"
        case .kioskExists(let id): "kiosk \(id) is already registered"
        case .noSuchEntry(let key): "no entry \(key) is stored at the hub"
        case .notPending(let key): "entry \(key) is not an act the county decides"
        case .alreadyDecided(let key): "entry \(key) was already decided"
        case .reasonRequired: "a refusal needs a reason (--reason)"
        }
    }
}
