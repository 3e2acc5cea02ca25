/// How far one annex item has come, for a bar: the figure reached, the plan's figure for it (when the plan has one), and
/// the scale a full bar stands for.
///
/// Each figure is one of the item's evidence counts (`AnnexTaskList.items` fills both from the same evidence), so the
/// screen's bar and the printed report never disagree.
public struct TaskProgress: Hashable, Sendable {
    /// What the figures count.
    public enum Unit: String, Hashable, Sendable {
        /// A number of things (months, weeks, postings, people, services).
        case count
        /// A share in per-mille (coverage: 955 = 95.5 %).
        case perMille
    }

    /// The figure reached.
    public var value: Int
    /// The plan's figure for the item; nil when the plan sets none (the item is counted, not judged).
    public var target: Int?
    /// What a full bar stands for: the target, the share's 1000, or the figure itself when there is neither.
    public var scale: Int
    public var unit: Unit

    /// A progress of `value` against `target` (`scale`: the target, or the value when there is none).
    public init(value: Int, target: Int?, scale: Int? = nil, unit: Unit = .count) {
        self.value = max(0, value)
        self.target = target
        self.unit = unit
        self.scale = max(1, scale ?? max(target ?? 0, value))
    }

    /// Whether the figure reaches the target; nil without one.
    public var reachesTarget: Bool? { target.map { value >= $0 } }
}
