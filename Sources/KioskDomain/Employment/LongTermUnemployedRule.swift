/// Who is long-term unemployed: wanting work and without it in 3 consecutive monthly records.
///
/// Source: seed item 5 (有外出务工就业意愿、连续3个月未实现就业的农村劳动力 ... 登记造册并每月报送). "Consecutive" is read as
/// three calendar months in a row each with a record in force showing the person without work and wanting it; a
/// month with no record breaks the run (assumed: an unverified month is no evidence of unemployment).
public enum LongTermUnemployedRule {
    /// The number of consecutive months.
    public static let consecutiveMonths = 3

    /// Months in a row, ending at `month`, in which the person's record shows them willing but not employed.
    public static func monthsWithoutWork(_ person: IDNumber, endingAt month: CalendarMonth, in history: LabourForceHistory) -> Int {
        var count = 0
        var current = month
        while let record = history.record(person, current), record.isWillingNotEmployed {
            count += 1
            current = current.previous
            if count > 240 { break }
        }
        return count
    }

    /// Whether the person is long-term unemployed in `month`.
    public static func isLongTermUnemployed(_ person: IDNumber, in month: CalendarMonth, history: LabourForceHistory) -> Bool {
        monthsWithoutWork(person, endingAt: month, in: history) >= consecutiveMonths
    }

    /// Everyone long-term unemployed in `month`, with their months without work, sorted by ID number.
    public static func list(in month: CalendarMonth, history: LabourForceHistory) -> [(person: IDNumber, months: Int)] {
        history.records(in: month).keys.compactMap { person in
            let months = monthsWithoutWork(person, endingAt: month, in: history)
            return months >= consecutiveMonths ? (person, months) : nil
        }.sorted { $0.person.value < $1.person.value }
    }
}

/// The service the upper office gave a long-term unemployed person, for the monthly report.
///
/// Source: seed item 5 (上级人社部门提供就业指导并推介就业岗位信息3次以上): guidance and at least 3 job recommendations.
public struct LongTermUnemployedService: Hashable, Sendable {
    /// Days guidance was given.
    public var guidanceOn: [CivilDate]
    /// Days jobs were recommended (one a recommendation).
    public var recommendedOn: [CivilDate]

    /// The service record.
    public init(guidanceOn: [CivilDate] = [], recommendedOn: [CivilDate] = []) {
        self.guidanceOn = guidanceOn.sorted()
        self.recommendedOn = recommendedOn.sorted()
    }

    /// The fewest recommendations the plan asks for.
    public static let requiredRecommendations = 3

    /// Whether guidance and at least 3 recommendations were given.
    public var isComplete: Bool { !guidanceOn.isEmpty && recommendedOn.count >= Self.requiredRecommendations }
}
