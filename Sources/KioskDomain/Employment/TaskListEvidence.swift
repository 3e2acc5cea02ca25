/// The counts a year's task-list report is filled from, gathered from the kiosk's records.
public struct TaskListEvidence: Hashable, Sendable {
    public var year: Int
    /// Working-age people with a labour-force record (the village labour force) at the end of the period.
    public var labourForce: Int
    /// Months of the year counted so far (through the month before the report day's, or 12).
    public var monthsCounted: Int
    /// Months whose records were collected for every covered person.
    public var monthsCollected: Int
    /// Months whose records were all entered by the 5th of the next month.
    public var monthsOnTime: Int
    /// Weeks of the year counted so far, and the weeks with at least one publication.
    public var weeksCounted: Int
    public var weeksPublished: Int
    /// Postings registered in the year and in the year before (nil when none were kept then).
    public var postings: Int
    public var postingsLastYear: Int?
    /// Seeker-months matched, and those with at least 3 matches sent.
    public var seekerMonths: Int
    public var seekerMonthsWithThree: Int
    /// Match messages sent.
    public var matchesSent: Int
    /// Long-term unemployed people listed in the year, and those reported with a complete service record.
    public var longTermUnemployed: Int
    public var longTermUnemployedServed: Int
    /// Months with a long-term unemployed report made.
    public var longTermReportsMonths: Int
    /// Trades that reached 10 wishes, and class requests raised and announced.
    public var tradesReachingTen: Int
    public var classesRequested: Int
    public var classesAnnounced: Int
    /// Trainees still without work, those given 3 related recommendations, follow-ups done in time, overdue.
    public var traineesWithoutWork: Int
    public var traineesRecommendedThree: Int
    public var followUpsDone: Int
    public var followUpsOverdue: Int
    /// Adults counted for coverage and those insured (`CoverageRule`).
    public var adults: Int
    public var insured: Int
    /// Death reports made, and months with a death report on time.
    public var deathReports: Int
    /// Contribution reminders given, and reminders owed (each listed non-payer once a month counted).
    public var remindersGiven: Int
    public var remindersOwed: Int
    /// Pension services done at the kiosk in the year, by villagers themselves and by the coordinator.
    public var servicesSelf: Int
    public var servicesByCoordinator: Int
    /// Proxy authorisations and home visits recorded in the year.
    public var proxyAuthorisations: Int
    public var homeVisits: Int

    /// Evidence with every count zero for a year (fill what the records give).
    public init(year: Int) {
        self.year = year
        labourForce = 0; monthsCounted = 0; monthsCollected = 0; monthsOnTime = 0; weeksCounted = 0; weeksPublished = 0
        postings = 0; postingsLastYear = nil; seekerMonths = 0; seekerMonthsWithThree = 0; matchesSent = 0
        longTermUnemployed = 0; longTermUnemployedServed = 0; longTermReportsMonths = 0; tradesReachingTen = 0
        classesRequested = 0; classesAnnounced = 0; traineesWithoutWork = 0; traineesRecommendedThree = 0
        followUpsDone = 0; followUpsOverdue = 0; adults = 0; insured = 0; deathReports = 0; remindersGiven = 0
        remindersOwed = 0; servicesSelf = 0; servicesByCoordinator = 0; proxyAuthorisations = 0; homeVisits = 0
    }
}
