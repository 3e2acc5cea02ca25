import KioskDomain

/// A township's monthly job matching: 5,000 seekers against 2,000 jobs through `JobMatchIndex`, timed, with every
/// seeker's result checked against `JobMatcher.bruteForce` in the same run (goal: under 0.5 s in release).
enum MatchingBenchmark {
    static let seekers = 5_000
    static let jobs = 2_000
    static let day = CivilDate(year: 2026, month: 11, day: 30)!

    /// A fixed pseudo-random sequence, so every run matches the same township.
    struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let trades = ["电工", "焊工", "家政", "挖掘机", "缝纫", "厨师"]
    static let titles = ["电工", "焊工", "家政服务员", "挖掘机司机", "缝纫工", "厨师", "普工", "装配工", "保洁员", "快递分拣员"]

    static func township() -> ([JobSeekerProfile], [JobPosting]) {
        var random = Sequence(state: 2026)
        var seekers: [JobSeekerProfile] = []
        for i in 0..<Self.seekers {
            let born = CivilDate(year: 1966 + random.next(42), month: 1 + random.next(12), day: 1 + random.next(28))!
            let first17 = "450124" + born.compact + String(format: "%03d", i % 1000)
            let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
            let occupations = (0..<random.next(3)).map { _ in OccupationCode(majorGroup: 2 + random.next(5), subGroup: 1 + random.next(30))! }
            let industries = (0..<random.next(2)).map { _ in IndustrySection.allCases[random.next(20)] }
            seekers.append(JobSeekerProfile(personID: id, name: "求职者\(i)", farthestPlace: PlaceOfWork(rawValue: 1 + random.next(5)),
                                            occupations: occupations, industries: industries,
                                            trade: random.next(3) == 0 ? trades[random.next(trades.count)] : nil,
                                            expectedWage: 2000 + 100 * random.next(40), registeredOn: day))
        }
        var jobs: [JobPosting] = []
        for j in 0..<Self.jobs {
            let low = 2000 + 100 * random.next(40)
            let posted = day.adding(days: -random.next(90))
            jobs.append(JobPosting(
                id: String(format: "T%05d", j), employer: "单位\(j % 300)", title: titles[random.next(titles.count)],
                occupation: OccupationCode(majorGroup: 2 + random.next(5), subGroup: 1 + random.next(30))!,
                industry: IndustrySection.allCases[random.next(20)], place: PlaceOfWork(rawValue: 1 + random.next(5))!,
                wageMin: low, wageMax: low + 500 + 100 * random.next(20), headcount: 1 + random.next(10),
                filled: random.next(4) == 0 ? 10 : 0, ageMin: 16 + random.next(5), ageMax: random.next(2) == 0 ? 45 + random.next(15) : nil,
                contact: "0771", source: random.next(2) == 0 ? .upperOffice : .localEmployer, postedOn: posted,
                validUntil: posted.adding(days: 30 + random.next(120))))
        }
        return (seekers, jobs)
    }

    static func run() -> [String] {
        let (seekers, jobs) = township()
        var indexed = Measurements()
        var results: [[JobMatch]] = []
        for _ in 0..<5 {
            results = indexed.time {
                let index = JobMatchIndex(jobs: jobs, on: day, trades: Set(seekers.compactMap(\.trade)))
                return seekers.map { index.matches(for: $0, limit: MonthlyMatching.matchesSent) }
            }
        }
        var brute = Measurements()
        let reference = brute.time { seekers.map { JobMatcher.bruteForce($0, jobs: jobs, on: day, limit: MonthlyMatching.matchesSent) } }
        let differing = zip(results, reference).filter { $0 != $1 }.count
        let withThree = results.filter { $0.count >= MonthlyMatching.requiredMatches }.count
        return [
            "monthly matching, \(Self.seekers) seekers x \(Self.jobs) jobs: median \(format(indexed.median.milliseconds, decimals: 1)) ms "
                + "(goal < 500 ms in release); brute-force reference \(format(brute.median.milliseconds, decimals: 1)) ms",
            "per-seeker results identical to the reference: \(differing == 0 ? "yes" : "no, \(differing) differ"); "
                + "\(withThree) seekers with at least \(MonthlyMatching.requiredMatches) jobs",
        ]
    }
}
