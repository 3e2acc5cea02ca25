import KioskDomain

/// What the kiosk knows of a villager's employment services, loaded with their file: their job-seeker profile, the
/// trades they wish to be trained in, and their matches today (the month's rules, `MonthlyMatching.outcome`).
public struct VillagerEmployment: Sendable, Equatable {
    /// One matched job with the posting it names, for showing.
    public struct MatchedJob: Sendable, Equatable {
        public var job: JobPosting
        public var match: JobMatch

        /// A matched job.
        public init(job: JobPosting, match: JobMatch) {
            self.job = job
            self.match = match
        }
    }

    /// The profile in force, nil when the person never registered as a job seeker.
    public var profile: JobSeekerProfile?
    /// Trades the person wishes to be trained in.
    public var trainingTrades: [String]
    /// The jobs matched today, best first (empty for an incomplete profile or without a profile).
    public var matches: [MatchedJob]

    /// A villager's employment file.
    public init(profile: JobSeekerProfile? = nil, trainingTrades: [String] = [], matches: [MatchedJob] = []) {
        self.profile = profile
        self.trainingTrades = trainingTrades
        self.matches = matches
    }

    /// The file for a profile over the postings, matched on `day`.
    public static func matched(profile: JobSeekerProfile?, trainingTrades: [String], jobs: [JobPosting],
                               on day: CivilDate) -> VillagerEmployment {
        guard let profile else { return VillagerEmployment(trainingTrades: trainingTrades) }
        let byID = Dictionary(jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let matches = MonthlyMatching.outcome(for: profile, jobs: jobs, on: day).matches.compactMap { match in
            byID[match.jobID].map { MatchedJob(job: $0, match: match) }
        }
        return VillagerEmployment(profile: profile, trainingTrades: trainingTrades, matches: matches)
    }
}
