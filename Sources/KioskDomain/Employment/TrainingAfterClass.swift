/// A trainee who took part in a class (参加培训), recorded when the coordinator ends the class with its participants.
///
/// Source: seed item 7 (为参加培训暂未就业的农村劳动力…): the follow-up is owed to those who took part. Recorded as
/// a business event (receipt, audit and outbox entry) for each participant.
public struct TrainingAttendance: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The class request the class was held for (`training_classes`).
    public var classID: Int64
    public var trade: String
    /// The class's last day.
    public var endedOn: CivilDate

    /// An attendance.
    public init(personID: IDNumber, classID: Int64, trade: String, endedOn: CivilDate) {
        self.personID = personID
        self.classID = classID
        self.trade = trade
        self.endedOn = endedOn
    }
}

/// Jobs recommended to a person on a day (岗位推介): each job counts once towards the 3 owed (seed items 5 and 7).
public struct JobRecommendation: Hashable, Sendable, Codable {
    /// Why the jobs were recommended.
    public enum Purpose: String, Hashable, Sendable, Codable {
        /// To a trainee still without work, jobs related to the class's trade (seed item 7).
        case training
        /// To a long-term unemployed person (seed item 5).
        case longTerm
    }

    public var personID: IDNumber
    public var purpose: Purpose
    /// The postings recommended, in the order shown.
    public var jobIDs: [String]
    public var recommendedOn: CivilDate
    /// The class, for a trainee's recommendations.
    public var classID: Int64?

    /// A recommendation.
    public init(personID: IDNumber, purpose: Purpose, jobIDs: [String], recommendedOn: CivilDate, classID: Int64? = nil) {
        self.personID = personID
        self.purpose = purpose
        self.jobIDs = jobIDs
        self.recommendedOn = recommendedOn
        self.classID = classID
    }
}

/// The follow-up visit to a trainee (就业情况回访): the day, and the employment status found.
///
/// Source: seed item 7 (推介后3个月内进行就业情况的回访，并及时更新就业信息). The finding is one of the labour-force
/// statuses, so the next monthly record can take it up.
public struct TrainingFollowUpVisit: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var classID: Int64
    public var visitedOn: CivilDate
    /// What the visit found.
    public var finding: EmploymentStatus

    /// A visit.
    public init(personID: IDNumber, classID: Int64, visitedOn: CivilDate, finding: EmploymentStatus) {
        self.personID = personID
        self.classID = classID
        self.visitedOn = visitedOn
        self.finding = finding
    }
}

/// The jobs a trainee may be recommended after a class: the month's matching (`JobMatcher`: hard filters never broken,
/// ranked by the soft score) run with the class's trade, keeping only jobs whose title names the trade ("related to the
/// trade", the same test as the matching's trade reason) and not yet recommended to the person.
///
/// A trainee who registered as a job seeker is matched with their own profile (place accepted, wage expected) and the
/// class's trade; one who did not is matched on the trade alone with no limit on the place (assumed: the coordinator
/// asks the trainee before passing a far job on).
public enum TraineeJobs {
    /// The most jobs offered for picking at once.
    public static let shown = 8

    /// The profile the trainee is matched with.
    public static func profile(_ personID: IDNumber, name: String, trade: String, seeker: JobSeekerProfile?,
                               on day: CivilDate) -> JobSeekerProfile {
        JobSeekerProfile(personID: personID, name: name, farthestPlace: seeker?.farthestPlace ?? .otherProvince,
                         occupations: seeker?.occupations ?? [], industries: seeker?.industries ?? [], trade: trade,
                         expectedWage: seeker?.expectedWage, phone: seeker?.phone, registeredOn: seeker?.registeredOn ?? day,
                         status: seeker?.status)
    }

    /// The related jobs open on `day`, best first, without those already recommended.
    public static func candidates(_ profile: JobSeekerProfile, jobs: [JobPosting], on day: CivilDate,
                                  alreadyRecommended: Set<String>) -> [JobMatch] {
        guard let trade = profile.trade else { return [] }
        let related = jobs.filter { $0.title.contains(trade) && !alreadyRecommended.contains($0.id) }
        return Array(JobMatcher.bruteForce(profile, jobs: related, on: day, limit: shown))
    }
}
