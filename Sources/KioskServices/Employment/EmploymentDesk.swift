import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The employment work the coordinator, the villager and the county technician ask of the store: the month's matching
/// with its messages, the two lists and the deadline tracker, the long-term unemployed, postings, and the task list;
/// texts people read come from the string tables.
public struct EmploymentDesk: Sendable {
    public let store: KioskStore
    public let clock: KioskClock
    public let strings: StringCatalog
    /// The policy tables: the task list judges coverage against the target of the table in force for the village.
    public let policies: PolicyBook
    /// The language reports and messages are written in (Chinese).
    public var language: Language = .chinese

    /// A desk over a store, reading time from `clock`.
    public init(store: KioskStore, clock: KioskClock, strings: StringCatalog, policies: PolicyBook) {
        self.store = store
        self.clock = clock
        self.strings = strings
        self.policies = policies
    }

    /// Runs a month's matching on today's open jobs, stores the matches and queues one SMS per seeker with a phone and
    /// at least one job (idempotent: running the month again queues nothing new for whoever already has one).
    @discardableResult
    public func runMonthlyMatching(_ month: CalendarMonth, actor: Actor) throws -> MonthlyMatching {
        let day = clock.today
        let jobs = try store.jobs()
        let byID = Dictionary(uniqueKeysWithValues: jobs.map { ($0.id, $0) })
        let matching = MonthlyMatching(month: month, day: day, seekers: try store.jobSeekers(), jobs: jobs)
        var drafts: [SMSDraft] = []
        for (seeker, outcome) in matching.results {
            guard let phone = seeker.phone, !outcome.matches.isEmpty else { continue }
            drafts.append(SMSDraft(idempotencyKey: "match:\(month.iso):\(seeker.personID.value)", phone: phone,
                                   body: smsText(outcome.matches, jobs: byID), purpose: "match", personID: seeker.personID))
        }
        try store.recordMatching(matching, messages: drafts, actor: actor, at: clock.now())
        try recordLongTermRecommendations(matching, month: month, actor: actor)
        return matching
    }

    /// The jobs a matching run sends to a long-term unemployed seeker are recorded as recommendations to them (seed
    /// item 5: 推介就业岗位信息3次以上, one a job, dated), once a month however often the matching runs. The list is the
    /// one the coordinator sees: the latest month whose records were due (`LabourForceDeadline.lastClosedMonth`).
    func recordLongTermRecommendations(_ matching: MonthlyMatching, month: CalendarMonth, actor: Actor) throws {
        let history = try store.labourForceHistory()
        let longTerm = Set(LongTermUnemployedRule.list(in: LabourForceDeadline.lastClosedMonth(on: clock.today),
                                                       history: history).map(\.person))
        for (seeker, outcome) in matching.results where longTerm.contains(seeker.personID) {
            guard seeker.phone != nil, !outcome.matches.isEmpty else { continue }
            let days = try store.recommendationDays(seeker.personID, purpose: .longTerm)
            guard !days.contains(where: { CalendarMonth($0) == month }) else { continue }
            try store.recordRecommendation(JobRecommendation(personID: seeker.personID, purpose: .longTerm,
                                                             jobIDs: outcome.matches.map(\.jobID), recommendedOn: clock.today),
                                           actor: actor, at: clock.now())
        }
    }

    /// The SMS text listing matched jobs.
    public func smsText(_ matches: [JobMatch], jobs: [String: JobPosting]) -> String {
        let lines = matches.compactMap { match in
            jobs[match.jobID].map { job in
                strings.text(UserMessage("employment.sms.job", ["title": job.title, "employer": job.employer,
                                                                "min": String(job.wageMin), "max": String(job.wageMax),
                                                                "contact": job.contact]), language)
            }
        }
        return strings.text(UserMessage("employment.sms.matches", ["count": String(lines.count),
                                                                   "jobs": lines.joined(separator: "；")]), language)
    }

    /// A match's reasons as one line ("工种相符，县内，工资 3500-4500 元").
    public func reasonsText(_ reasons: [UserMessage]) -> String {
        reasons.map { strings.text($0, language) }.joined(separator: strings.text("employment.reason.separator", language))
    }

    /// The labour-force report of a month, with the deadline tracker as of today.
    public func labourForceReport(_ month: CalendarMonth) throws -> ReportTable {
        let history = try store.labourForceHistory(through: month)
        let names = Dictionary(try store.people(villageCode: store.villageCode).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return EmploymentReports.labourForce(LabourForceLists(history: history, month: month), names: names,
                                             deadline: try store.labourForceDeadline(month, on: clock.today),
                                             villageCode: store.villageCode)
    }

    /// The long-term unemployed of a month with the service given.
    public func longTermLines(_ month: CalendarMonth) throws -> [EmploymentReports.LongTermLine] {
        let history = try store.labourForceHistory(through: month)
        let names = Dictionary(try store.people(villageCode: store.villageCode).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return try LongTermUnemployedRule.list(in: month, history: history).map {
            EmploymentReports.LongTermLine(personID: $0.person, name: names[$0.person] ?? "", months: $0.months,
                                           service: try store.longTermService($0.person))
        }
    }

    /// The monthly report to the upper office of the long-term unemployed.
    public func longTermReport(_ month: CalendarMonth) throws -> ReportTable {
        EmploymentReports.longTermUnemployed(try longTermLines(month), month: month, villageCode: store.villageCode)
    }

    /// A year's postings against the targets.
    public func postingsReport(year: Int) throws -> ReportTable {
        let evidence = try store.taskListEvidence(year: year, on: clock.today)
        let yearStart = CivilDate(year: year, month: 1, day: 1)!
        let through = min(clock.today, CivilDate(year: year, month: 12, day: 31)!)
        let missing = JobPostingTargets.weeksWithoutPublication(try store.publicationDays(year: year), from: yearStart, through: through)
        return EmploymentReports.postings(try store.jobs().filter { $0.postedOn.year == year }, year: year,
                                          labourForce: evidence.labourForce, lastYear: evidence.postingsLastYear,
                                          weeksCounted: evidence.weeksCounted, weeksMissing: missing, villageCode: store.villageCode)
    }

    /// The annex task list of a year as it stands today: the year's evidence, coverage judged against the target of the
    /// policy table in force for the village's county on the day counted (today, or the year's last day). The one
    /// computation behind `kiosk report tasklist` and the coordinator's task-list screen.
    public func taskList(year: Int) throws -> [AnnexTaskList.Item] {
        let day = min(clock.today, CivilDate(year: year, month: 12, day: 31)!)
        let table = try policies.table(region: CountyCode(village: store.villageCode).value, on: day)
        return AnnexTaskList.items(try store.taskListEvidence(year: year, on: clock.today),
                                   coverageTargetPerMille: table.coverageTargetPerMille)
    }

    /// The annex task list of a year as it stands today.
    public func taskListReport(year: Int) throws -> ReportTable {
        let items = try taskList(year: year)
        return EmploymentReports.taskList(items, year: year, day: clock.today, villageCode: store.villageCode,
                                          title: { strings.text($0.titleKey, language) },
                                          standing: { strings.text("employment.task.standing.\($0.rawValue)", language) })
    }

    /// A month's matching as a table, reasons in Chinese.
    public func matchingReport(_ matching: MonthlyMatching) throws -> ReportTable {
        let jobs = Dictionary(uniqueKeysWithValues: try store.jobs().map { ($0.id, $0) })
        return EmploymentReports.matching(matching, jobs: jobs, villageCode: store.villageCode,
                                          reasons: { reasonsText($0.reasons.map(\.userMessage)) },
                                          shortfall: { strings.text($0, language) })
    }
}
