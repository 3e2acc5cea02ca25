/// How jobs are matched to a seeker: hard filters that are never broken, then a soft score that ranks.
///
/// Source: issue item 3. Hard filters: the job is open on the day (posted, valid, places left), the seeker's age is
/// inside the job's range, the place is no farther than the seeker accepts, a sex requirement (only with its legal
/// ground) is met, and the job is relevant to the profile (its occupation, trade or industry is one wished; assumed, so
/// that nobody is sent jobs unrelated to what they asked for). The soft score weights are assumed: occupation sub-group
/// 40, major group 25, trade named in the title 30, industry 15, wage from the expectation up 20 (range reaching it 10),
/// distance 15 (own township) down to 3 (other province). Ties go to the nearer job, then the lower job id.
public enum JobMatcher {
    /// Whether a job may be offered to a seeker on a day at all.
    public static func passesHardFilters(_ job: JobPosting, _ seeker: JobSeekerProfile, on day: CivilDate) -> Bool {
        guard seeker.isComplete, job.isOpen(on: day), passesPersonalFilters(job, seeker, age: seeker.age(on: day)) else {
            return false
        }
        return isRelevant(job, seeker)
    }

    /// The filters that depend on the person (age, place, sex), for a job already known to be open.
    static func passesPersonalFilters(_ job: JobPosting, _ seeker: JobSeekerProfile, age: Int) -> Bool {
        guard let farthest = seeker.farthestPlace, job.place <= farthest else { return false }
        if let low = job.ageMin, age < low { return false }
        if let high = job.ageMax, age > high { return false }
        if let sex = job.sexRequired, sex != seeker.personID.sex { return false }
        return true
    }

    /// Whether the job's occupation, trade or industry is one the seeker wishes.
    public static func isRelevant(_ job: JobPosting, _ seeker: JobSeekerProfile) -> Bool {
        seeker.occupations.contains { $0.majorGroup == job.occupation.majorGroup }
            || seeker.trade.map { job.title.contains($0) } ?? false
            || seeker.industries.contains(job.industry)
    }

    /// The soft score and its reasons (for a job that passed the hard filters).
    public static func score(_ job: JobPosting, _ seeker: JobSeekerProfile) -> JobMatch {
        var score = 0
        var reasons: [MatchReason] = []
        if seeker.occupations.contains(where: { $0.subGroup != nil && $0 == job.occupation }) {
            score += 40
            reasons.append(.occupation(exact: true))
        } else if seeker.occupations.contains(where: { $0.majorGroup == job.occupation.majorGroup }) {
            score += 25
            reasons.append(.occupation(exact: false))
        }
        if let trade = seeker.trade, job.title.contains(trade) {
            score += 30
            reasons.append(.trade(trade))
        }
        if seeker.industries.contains(job.industry) {
            score += 15
            reasons.append(.industry(job.industry))
        }
        score += 18 - 3 * job.place.rawValue
        reasons.append(.place(job.place))
        var meets = false
        if let expected = seeker.expectedWage {
            if job.wageMin >= expected { score += 20; meets = true } else if job.wageMax >= expected { score += 10; meets = true }
        }
        reasons.append(.wage(min: job.wageMin, max: job.wageMax, meetsExpectation: meets))
        return JobMatch(jobID: job.id, score: score, reasons: reasons)
    }

    /// Whether `a` ranks before `b`.
    static func ranksBefore(_ a: (match: JobMatch, place: PlaceOfWork), _ b: (match: JobMatch, place: PlaceOfWork)) -> Bool {
        if a.match.score != b.match.score { return a.match.score > b.match.score }
        if a.place != b.place { return a.place < b.place }
        return a.match.jobID < b.match.jobID
    }

    /// The reference: every job checked against every filter, all scored and sorted, the best `limit` kept.
    public static func bruteForce(_ seeker: JobSeekerProfile, jobs: [JobPosting], on day: CivilDate, limit: Int) -> [JobMatch] {
        jobs.filter { passesHardFilters($0, seeker, on: day) }
            .map { (match: score($0, seeker), place: $0.place) }
            .sorted(by: ranksBefore)
            .prefix(limit).map(\.match)
    }
}
