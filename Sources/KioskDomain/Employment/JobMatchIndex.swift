/// The month's open jobs indexed by occupation group, industry and trade, so a township's matching looks only at jobs
/// relevant to each seeker; gives the same results as `JobMatcher.bruteForce`.
public struct JobMatchIndex: Sendable {
    public let day: CivilDate
    private let jobs: [JobPosting]
    private let byMajorGroup: [Int: [Int]]
    private let byIndustry: [IndustrySection: [Int]]

    /// Job indices whose title names a trade, for the trades asked for at init (text search is the slow part).
    private let byTrade: [String: [Int]]
    /// Each open job's numbers the filters and the score read, kept apart from its texts so ranking copies no strings.
    private let features: [Features]

    /// What the filters and the score read of one job.
    struct Features {
        var major: Int
        var sub: Int
        var industry: Int
        var place: Int
        var wageMin: Int
        var wageMax: Int
        var ageMin: Int
        var ageMax: Int
        var sex: Sex?
        /// The job's place in id order (ties go to the lower id).
        var idRank: Int
    }

    /// The index of the jobs open on `day`; `trades` are the seekers' trades, looked up once each.
    public init(jobs all: [JobPosting], on day: CivilDate, trades: Set<String> = []) {
        self.day = day
        let open = all.filter { $0.isOpen(on: day) }
        jobs = open
        var groups: [Int: [Int]] = [:]
        var industries: [IndustrySection: [Int]] = [:]
        for (index, job) in open.enumerated() {
            groups[job.occupation.majorGroup, default: []].append(index)
            industries[job.industry, default: []].append(index)
        }
        byMajorGroup = groups
        byIndustry = industries
        let idRanks = Dictionary(open.indices.sorted { open[$0].id < open[$1].id }.enumerated().map { ($1, $0) },
                                 uniquingKeysWith: { a, _ in a })
        let sections = IndustrySection.allCases
        features = open.indices.map { i in
            let job = open[i]
            return Features(major: job.occupation.majorGroup, sub: job.occupation.subGroup ?? -1,
                            industry: sections.firstIndex(of: job.industry) ?? 0, place: job.place.rawValue,
                            wageMin: job.wageMin, wageMax: job.wageMax, ageMin: job.ageMin ?? Int.min,
                            ageMax: job.ageMax ?? Int.max, sex: job.sexRequired, idRank: idRanks[i] ?? i)
        }
        var titles: [String: [Int]] = [:]
        for trade in trades { titles[trade] = open.indices.filter { open[$0].title.contains(trade) } }
        byTrade = titles
    }

    /// Open jobs in the index.
    public var openJobs: Int { jobs.count }

    /// The best `limit` jobs for a seeker (none for an incomplete profile): candidates ranked by points, reasons
    /// worked out for the ones kept only.
    public func matches(for seeker: JobSeekerProfile, limit: Int) -> [JobMatch] {
        guard seeker.isComplete else { return [] }
        var seen = [Bool](repeating: false, count: jobs.count)
        var candidates: [Int] = []
        func add(_ indices: [Int]?) {
            for index in indices ?? [] where !seen[index] {
                seen[index] = true
                candidates.append(index)
            }
        }
        for group in seeker.occupations.map(\.majorGroup) { add(byMajorGroup[group]) }
        for section in seeker.industries { add(byIndustry[section]) }
        var namesTrade = [Bool](repeating: false, count: jobs.count)
        if let trade = seeker.trade {
            let indices = byTrade[trade] ?? jobs.indices.filter { jobs[$0].title.contains(trade) }
            for index in indices { namesTrade[index] = true }
            add(indices)
        }
        let age = seeker.age(on: day)
        let sex = seeker.personID.sex
        let farthest = seeker.farthestPlace?.rawValue ?? 0
        let exact = seeker.occupations.compactMap { code in code.subGroup.map { (code.majorGroup, $0) } }
        let majors = seeker.occupations.reduce(0) { $0 | (1 << $1.majorGroup) }
        let sections = IndustrySection.allCases
        let industries = seeker.industries.reduce(0) { $0 | (1 << (sections.firstIndex(of: $1) ?? 0)) }
        let expected = seeker.expectedWage
        var ranked: [(points: Int, place: Int, rank: Int, index: Int)] = []
        ranked.reserveCapacity(candidates.count)
        for index in candidates {
            let f = features[index]
            guard f.place <= farthest, age >= f.ageMin, age <= f.ageMax, f.sex == nil || f.sex == sex else { continue }
            // The same points as `JobMatcher.score` (checked against the brute-force reference in tests and kiosk-bench).
            var points = 18 - 3 * f.place
            if exact.contains(where: { $0.0 == f.major && $0.1 == f.sub }) {
                points += 40
            } else if majors & (1 << f.major) != 0 {
                points += 25
            }
            if namesTrade[index] { points += 30 }
            if industries & (1 << f.industry) != 0 { points += 15 }
            if let expected {
                if f.wageMin >= expected { points += 20 } else if f.wageMax >= expected { points += 10 }
            }
            ranked.append((points, f.place, f.idRank, index))
        }
        ranked.sort { a, b in
            if a.points != b.points { return a.points > b.points }
            if a.place != b.place { return a.place < b.place }
            return a.rank < b.rank
        }
        return ranked.prefix(limit).map { JobMatcher.score(jobs[$0.index], seeker) }
    }
}
