/// The county's decision on an act the kiosk recorded as pending (a death report, a cancellation, a transfer-in).
public struct CountyDecision: Hashable, Sendable {
    /// The hub's running number of the decision.
    public var sequence: Int64
    /// The outbox entry the act was sent as.
    public var entryUUID: String
    /// The pending act's kind, as the hub names it (`deathReport`, `cancellation`, `transferIn`).
    public var act: String
    public var accepted: Bool
    public var reason: String?
    public var decidedBy: String
    /// ISO 8601 instant.
    public var decidedAt: String

    /// A decision from its parts.
    public init(sequence: Int64, entryUUID: String, act: String, accepted: Bool, reason: String?, decidedBy: String,
                decidedAt: String) {
        self.sequence = sequence
        self.entryUUID = entryUUID
        self.act = act
        self.accepted = accepted
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// A county decision as the kiosk applied it, with the receipt of the act it decided.
public struct AppliedCountyDecision: Hashable, Sendable {
    public var decision: CountyDecision
    /// The receipt number of the act (nil when the entry was purged after its retention period).
    public var receiptNumber: String?
    public var appliedAt: String
}
