/// The month's open jobs indexed by occupation group, industry and trade, so a township's matching looks only at jobs
/// relevant to each seeker; gives the same results as `JobMatcher.bruteForce`.
public struct JobMatchIndex: Sendable {
    public let day: CivilDate
    private let jobs: [JobPosting]
    private let byMajorGroup: [Int: [Int]]
    private let byIndustry: [IndustrySection: [Int]]

    /// The index of the jobs open on `day`.
    public init(jobs all: [JobPosting], on day: CivilDate) {
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
    }

    /// Open jobs in the index.
    public var openJobs: Int { jobs.count }

    /// The best `limit` jobs for a seeker (none for an incomplete profile).
    public func matches(for seeker: JobSeekerProfile, limit: Int) -> [JobMatch] {
        guard seeker.isComplete else { return [] }
        var candidates = Set<Int>()
        for group in Set(seeker.occupations.map(\.majorGroup)) { candidates.formUnion(byMajorGroup[group] ?? []) }
        for section in Set(seeker.industries) { candidates.formUnion(byIndustry[section] ?? []) }
        if let trade = seeker.trade {
            for (index, job) in jobs.enumerated() where job.title.contains(trade) { candidates.insert(index) }
        }
        let age = seeker.age(on: day)
        var ranked: [(match: JobMatch, place: PlaceOfWork)] = []
        for index in candidates {
            let job = jobs[index]
            guard JobMatcher.passesPersonalFilters(job, seeker, age: age) else { continue }
            ranked.append((JobMatcher.score(job, seeker), job.place))
        }
        ranked.sort(by: JobMatcher.ranksBefore)
        return ranked.prefix(limit).map(\.match)
    }
}
