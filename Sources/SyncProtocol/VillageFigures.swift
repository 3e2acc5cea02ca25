/// A kiosk's village figures for the county page: coverage against the 95 % target, the annex task list's progress
/// and the entries it held unsent, computed by the kiosk at the end of each sync and sent by `POST /v1/figures`.
///
/// A snapshot, not a business event: only the latest counts, so it travels beside the outbox rather than in it, and
/// the hub keeps the newest one per kiosk (by `computedAt`).
public struct VillageFigures: Hashable, Sendable, Codable {
    /// The village the kiosk serves (12 digits).
    public var villageCode: String
    /// When the kiosk computed them (ISO 8601, UTC, with milliseconds: sortable as text).
    public var computedAt: String
    /// Adults who count for coverage, and those of them insured (the kiosk's `CoverageRule`).
    public var adults: Int
    public var insured: Int
    /// Items of the annex's task list judged from the data (met or not met), and those met.
    public var taskItemsJudged: Int
    public var taskItemsMet: Int
    /// Entries still waiting at the kiosk when it computed these (at the end of a sync: those recorded meanwhile).
    public var waiting: Int

    /// Figures from their parts.
    public init(villageCode: String, computedAt: String, adults: Int, insured: Int, taskItemsJudged: Int,
                taskItemsMet: Int, waiting: Int) {
        self.villageCode = villageCode
        self.computedAt = computedAt
        self.adults = adults
        self.insured = insured
        self.taskItemsJudged = taskItemsJudged
        self.taskItemsMet = taskItemsMet
        self.waiting = waiting
    }

    /// Whether the counts are possible (none negative, parts within their wholes) and the texts of sane length.
    public var isWellFormed: Bool {
        (1...16).contains(villageCode.utf8.count) && (1...40).contains(computedAt.utf8.count)
            && adults >= 0 && (0...adults).contains(insured) && taskItemsJudged >= 0
            && (0...taskItemsJudged).contains(taskItemsMet) && waiting >= 0
    }
}

/// The hub's answer to figures: whether they were kept (false when it already held newer ones).
public struct FiguresReceipt: Hashable, Sendable, Codable {
    public var kept: Bool

    /// A receipt.
    public init(kept: Bool) {
        self.kept = kept
    }
}
