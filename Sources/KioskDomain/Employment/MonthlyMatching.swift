/// A month's matching for every registered seeker: at least 3 jobs each, or listed with why not.
///
/// Source: seed item 4 (每月以短信等形式发送匹配的岗位信息3个以上). The kiosk sends the best 5 (assumed) so that a seeker
/// keeps at least 3 when a job fills; a seeker with fewer than 3 passing jobs gets what there is and is listed.
public struct MonthlyMatching: Sendable {
    /// The fewest matches the plan asks for each month.
    public static let requiredMatches = 3
    /// The most matches sent in a month.
    public static let matchesSent = 5

    /// What matching gave one seeker.
    public enum Outcome: Hashable, Sendable {
        /// At least 3 jobs.
        case matched([JobMatch])
        /// Fewer than 3 jobs pass the hard filters (the ones there are).
        case tooFew([JobMatch])
        /// The profile says too little to match.
        case profileIncomplete

        /// The matches given.
        public var matches: [JobMatch] {
            switch self {
            case .matched(let m), .tooFew(let m): m
            case .profileIncomplete: []
            }
        }

        /// Why the seeker has fewer than 3 matches, nil when they have enough.
        public var shortfall: UserMessage? {
            switch self {
            case .matched: nil
            case .tooFew(let m): UserMessage("employment.match.tooFew", ["count": String(m.count)])
            case .profileIncomplete: UserMessage("employment.match.profileIncomplete")
            }
        }
    }

    public var month: CalendarMonth
    public var day: CivilDate
    /// Seekers in ID-number order with their outcome.
    public var results: [(seeker: JobSeekerProfile, outcome: Outcome)]

    /// Runs the month's matching on `day` over the jobs open that day.
    public init(month: CalendarMonth, day: CivilDate, seekers: [JobSeekerProfile], jobs: [JobPosting]) {
        self.month = month
        self.day = day
        let index = JobMatchIndex(jobs: jobs, on: day, trades: Set(seekers.compactMap(\.trade)))
        results = seekers.sorted { $0.personID.value < $1.personID.value }.map { seeker in
            (seeker, MonthlyMatching.outcome(seeker, index.matches(for: seeker, limit: MonthlyMatching.matchesSent)))
        }
    }

    /// One seeker's outcome over the jobs open on `day` (the villager's own view at the kiosk): the same filters,
    /// score and limit as the month's run, through the reference matcher.
    public static func outcome(for seeker: JobSeekerProfile, jobs: [JobPosting], on day: CivilDate) -> Outcome {
        outcome(seeker, JobMatcher.bruteForce(seeker, jobs: jobs, on: day, limit: matchesSent))
    }

    static func outcome(_ seeker: JobSeekerProfile, _ matches: [JobMatch]) -> Outcome {
        guard seeker.isComplete else { return .profileIncomplete }
        return matches.count >= requiredMatches ? .matched(matches) : .tooFew(matches)
    }

    /// Seekers with at least 3 matches.
    public var seekersMatched: Int { results.filter { if case .matched = $0.outcome { true } else { false } }.count }
    /// Seekers listed with an incomplete profile.
    public var profilesIncomplete: Int { results.filter { $0.outcome == .profileIncomplete }.count }
    /// Seekers with some but fewer than 3.
    public var seekersShort: Int { results.count - seekersMatched - profilesIncomplete }
}
