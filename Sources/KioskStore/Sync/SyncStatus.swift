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
    /// The audit head the hub last acknowledged (sequence and hash).
    public var anchorSequence: Int64?
    public var anchorHash: String?
    /// The last county decision applied here.
    public var lastDecisionSequence: Int64
}
