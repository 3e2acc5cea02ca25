/// After a class: at least 3 related job recommendations to a trainee still without work, and a follow-up visit within 3
/// months of the recommendation.
///
/// Source: seed item 7 (为参加培训暂未就业的农村劳动力推介与培训工种有关的就业岗位信息不少于3次，推介后3个月内进行就业情况的回访).
/// The 3 months count from the first recommendation (assumed: the stricter reading), to the same day 3 months later (a
/// day the month lacks becomes its last day, so 30 November runs to 28 or 29 February).
public struct TrainingFollowUp: Hashable, Sendable {
    /// The fewest related recommendations.
    public static let requiredRecommendations = 3
    /// Months within which the visit is due.
    public static let visitWithinMonths = 3

    public var personID: IDNumber
    public var trade: String
    public var classEndedOn: CivilDate
    public var recommendedOn: [CivilDate]
    public var visitedOn: CivilDate?
    /// The class followed up, when known (the store's record has it).
    public var classID: Int64?

    /// A trainee's follow-up record.
    public init(personID: IDNumber, trade: String, classEndedOn: CivilDate, recommendedOn: [CivilDate] = [],
                visitedOn: CivilDate? = nil, classID: Int64? = nil) {
        self.classID = classID
        self.personID = personID
        self.trade = trade
        self.classEndedOn = classEndedOn
        self.recommendedOn = recommendedOn.sorted()
        self.visitedOn = visitedOn
    }

    /// Where the follow-up stands on a day.
    public enum Status: Hashable, Sendable {
        /// Recommendations still owed.
        case recommendationsOwed(left: Int)
        /// The visit is due by a day, not yet passed.
        case visitDue(by: CivilDate)
        /// The visit's day passed without one.
        case visitOverdue(since: CivilDate)
        /// Visited in time.
        case done
        /// Visited, but after the due day.
        case doneLate
    }

    /// The last day the visit is on time, once a job was recommended.
    public var visitDueBy: CivilDate? {
        recommendedOn.first.map { $0.adding(months: Self.visitWithinMonths) }
    }

    /// The status on a day.
    public func status(on day: CivilDate) -> Status {
        if let due = visitDueBy {
            if let visited = visitedOn {
                if visited > due { return .doneLate }
                let left = Self.requiredRecommendations - recommendedOn.count
                return left > 0 ? .recommendationsOwed(left: left) : .done
            }
            if day > due { return .visitOverdue(since: due.adding(days: 1)) }
            if recommendedOn.count < Self.requiredRecommendations {
                return .recommendationsOwed(left: Self.requiredRecommendations - recommendedOn.count)
            }
            return .visitDue(by: due)
        }
        return .recommendationsOwed(left: Self.requiredRecommendations)
    }
}
