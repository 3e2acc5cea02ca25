/// Why a job was matched to a seeker, shown beside it in Chinese first ("工种相符, 县内, 工资 3500-4500 元").
public enum MatchReason: Hashable, Sendable {
    /// The job's occupation is one the seeker wishes (same sub-group when `exact`).
    case occupation(exact: Bool)
    /// The job's title names the seeker's trade.
    case trade(String)
    /// The job's industry is one the seeker wishes.
    case industry(IndustrySection)
    /// The place on the NBS scale.
    case place(PlaceOfWork)
    /// The wage range, and whether it reaches the seeker's expectation.
    case wage(min: Int, max: Int, meetsExpectation: Bool)

    /// The text, from the string tables.
    public var userMessage: UserMessage {
        switch self {
        case .occupation(let exact): UserMessage(exact ? "employment.reason.occupationExact" : "employment.reason.occupation")
        case .trade(let trade): UserMessage("employment.reason.trade", ["trade": trade])
        case .industry(let section): UserMessage("employment.reason.industry", nested: ["industry": UserMessage(section.messageKey)])
        case .place(let place): UserMessage(place.messageKey)
        case .wage(let low, let high, let meets):
            UserMessage(meets ? "employment.reason.wageMeets" : "employment.reason.wage", ["min": String(low), "max": String(high)])
        }
    }
}

/// One job matched to one seeker: its score and the reasons.
public struct JobMatch: Hashable, Sendable {
    public var jobID: String
    public var score: Int
    public var reasons: [MatchReason]
}
