/// What a county officer decided about a pending act.
public enum ReviewVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    case accepted
    case refused
}

/// A county decision on one pending act, as it flows back to the kiosk that recorded the act.
public struct ReviewDecision: Hashable, Sendable, Codable {
    /// The hub's running number of the decision; a kiosk asks for those after the last it applied.
    public var sequence: Int64
    /// The entry the decision is about.
    public var entryID: String
    /// What kind of act it was.
    public var act: PendingActKind
    public var verdict: ReviewVerdict
    /// The officer's reason (required for a refusal).
    public var reason: String?
    /// The officer who decided.
    public var decidedBy: String
    /// When, as an ISO 8601 instant in UTC.
    public var decidedAt: String

    /// A decision from its parts.
    public init(sequence: Int64, entryID: String, act: PendingActKind, verdict: ReviewVerdict, reason: String?,
                decidedBy: String, decidedAt: String) {
        self.sequence = sequence
        self.entryID = entryID
        self.act = act
        self.verdict = verdict
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

/// The decisions the hub returns to a kiosk, oldest first.
public struct DecisionList: Hashable, Sendable, Codable {
    public var decisions: [ReviewDecision]

    /// A list of decisions.
    public init(decisions: [ReviewDecision]) {
        self.decisions = decisions
    }
}
