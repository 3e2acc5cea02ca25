import Foundation

/// What the kiosk knows of its upstream sync: entries waiting, the last success, the last error, the anchor.
public struct SyncStatus: Hashable, Sendable {
    /// Entries not yet acknowledged by the hub.
    public var waiting: Int
    /// Entries acknowledged and kept for the retention period.
    public var delivered: Int
    public var lastSuccessAt: Date?
    /// The last failure in plain words (cleared by the next success).
    public var lastError: String?
    public var lastErrorAt: Date?
    /// What kind of failure the last error was (`SyncErrorKind`), for words on the coordinator's screen.
    public var lastErrorKind: SyncErrorKind?
    /// The audit head the hub last acknowledged (sequence and hash).
    public var anchorSequence: Int64?
    public var anchorHash: String?
    /// The last county decision applied here.
    public var lastDecisionSequence: Int64
}

/// The kinds of sync failure a person is told about, each with its own plain words on the coordinator's screen.
public enum SyncErrorKind: String, Hashable, Sendable, CaseIterable {
    /// The hub could not be reached, or the link dropped.
    case unreachable
    /// The kiosk's clock is too far off the hub's.
    case clockSkew
    /// The hub does not know this kiosk or its key (unregistered, revoked, wrong key file).
    case keyRefused
    /// The hub refused the records for another reason.
    case refused
    /// The hub's answer could not be read.
    case badAnswer
    /// The kiosk's own database failed during the sync.
    case store
    /// The sync is not set up right.
    case configuration
}
