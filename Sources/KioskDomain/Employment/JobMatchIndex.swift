/// The month's open jobs indexed by occupation group, industry and trade, so a township's matching looks only at jobs
/// relevant to each seeker; gives the same results as `JobMatcher.bruteForce`.
public struct JobMatchIndex: Sendable {
    public let day: CivilDate
    private let jobs: [JobPosting]
    private let byMajorGroup: [Int: [Int]]
    private let byIndustry: [IndustrySection: [Int]]

    /// Job indices whose title names a trade, for the trades asked for at init (text search is the slow part).
    private let byTrade: [String: [Int]]

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
        var ranked: [(points: Int, index: Int)] = []
        for index in candidates where JobMatcher.passesPersonalFilters(jobs[index], seeker, age: age) {
            ranked.append((JobMatcher.points(jobs[index], seeker, titleNamesTrade: namesTrade[index]), index))
        }
        ranked.sort { a, b in
            if a.points != b.points { return a.points > b.points }
            let (x, y) = (jobs[a.index], jobs[b.index])
            if x.place != y.place { return x.place < y.place }
            return x.id < y.id
        }
        return ranked.prefix(limit).map { JobMatcher.score(jobs[$0.index], seeker) }
    }
}
