import KioskDomain

/// The employment reports for the county technician as tables (column names in English, ID numbers masked); texts a
/// person reads (reasons, item titles) come in already rendered from the string tables.
public enum EmploymentReports {
    /// A month's labour-force records with the two lists' counts and the deadline tracker.
    public static func labourForce(_ lists: LabourForceLists, names: [IDNumber: String], deadline: LabourForceDeadlineStatus,
                                   villageCode: String) -> ReportTable {
        var rows: [[String]] = []
        func row(_ r: LabourForceRecord, list: String) -> [String] {
            [names[r.personID] ?? "", r.personID.masked, list, r.status.code, r.place?.code ?? "", r.industry?.rawValue ?? "",
             r.occupation?.code ?? "", r.wantsJob ? "yes" : "no", r.trainingTrade ?? "", r.income.rawValue, String(r.version),
             r.recordedBy]
        }
        rows += lists.employed.map { row($0, list: "employed") }
        rows += lists.willingNotEmployed.map { row($0, list: "willing_not_employed") }
        rows += deadline.missing.map { [names[$0] ?? "", $0.masked, "missing", "", "", "", "", "", "", "", "", ""] }
        return ReportTable(
            title: "Labour-force records \(lists.month.iso)",
            notes: ["village \(villageCode); employed \(lists.employed.count), willing but not employed \(lists.willingNotEmployed.count)",
                    "due by \(deadline.dueDay.iso): \(deadline.enteredOnTime) on time, \(deadline.enteredLate) late, "
                        + "\(deadline.missing.count) missing\(deadline.isOverdue ? " (overdue)" : "")"],
            header: ["name", "id_number", "list", "status", "place", "industry", "occupation", "wants_job", "training_trade",
                     "income", "version", "recorded_by"],
            rows: rows)
    }

    /// One line of the long-term unemployed report.
    public struct LongTermLine: Hashable, Sendable {
        public var personID: IDNumber
        public var name: String
        public var months: Int
        public var service: LongTermUnemployedService

        /// A line.
        public init(personID: IDNumber, name: String, months: Int, service: LongTermUnemployedService) {
            self.personID = personID
            self.name = name
            self.months = months
            self.service = service
        }
    }

    /// The monthly report to the upper office of people without work for 3 consecutive months, with the service given.
    public static func longTermUnemployed(_ lines: [LongTermLine], month: CalendarMonth, villageCode: String) -> ReportTable {
        ReportTable(
            title: "Long-term unemployed \(month.iso)",
            notes: ["village \(villageCode); \(lines.count) people wanting work without it for \(LongTermUnemployedRule.consecutiveMonths)"
                        + " or more consecutive monthly records; service: guidance and at least "
                        + "\(LongTermUnemployedService.requiredRecommendations) job recommendations"],
            header: ["name", "id_number", "months_without_work", "guidance_on", "recommendations", "recommended_on", "service_complete"],
            rows: lines.map {
                [$0.name, $0.personID.masked, String($0.months), $0.service.guidanceOn.map(\.iso).joined(separator: " "),
                 String($0.service.recommendedOn.count), $0.service.recommendedOn.map(\.iso).joined(separator: " "),
                 $0.service.isComplete ? "yes" : "no"]
            })
    }

    /// A year's postings against the targets, with the weeks without a publication.
    public static func postings(_ jobs: [JobPosting], year: Int, labourForce: Int, lastYear: Int?, weeksCounted: Int,
                                weeksMissing: [CivilDate], villageCode: String) -> ReportTable {
        let target = JobPostingTargets.yearlyTarget(labourForce: labourForce, lastYear: lastYear)
        return ReportTable(
            title: "Job postings \(year)",
            notes: ["village \(villageCode); \(jobs.count) postings; labour force \(labourForce); target \(target) "
                        + "(3x labour force \(labourForce * JobPostingTargets.labourForceMultiple)"
                        + (lastYear.map { ", 1.1x last year's \($0)" } ?? "") + ")"
                        + (jobs.count >= target ? ", met" : ", \(target - jobs.count) short"),
                    "weeks counted \(weeksCounted), without a publication \(weeksMissing.count)"
                        + (weeksMissing.isEmpty ? "" : ": " + weeksMissing.map(\.iso).joined(separator: " "))],
            header: ["id", "posted_on", "valid_until", "source", "employer", "credit_code", "title", "occupation", "industry",
                     "place", "wage_min", "wage_max", "headcount", "filled", "contact"],
            rows: jobs.sorted { ($0.postedOn, $0.id) < ($1.postedOn, $1.id) }.map {
                [$0.id, $0.postedOn.iso, $0.validUntil.iso, $0.source.rawValue, $0.employer, $0.creditCode?.value ?? "", $0.title,
                 $0.occupation.code, $0.industry.rawValue, $0.place.code, String($0.wageMin), String($0.wageMax),
                 String($0.headcount), String($0.filled), $0.contact]
            })
    }

    /// The annex task list: 17 items numbered as in the annex, with titles and standings rendered by the caller.
    public static func taskList(_ items: [AnnexTaskList.Item], year: Int, day: CivilDate, villageCode: String,
                                title: (AnnexTaskList.Item) -> String, standing: (AnnexTaskList.Standing) -> String) -> ReportTable {
        ReportTable(
            title: "Task list \(year)",
            notes: ["village \(villageCode), as of \(day.iso); items numbered as in the plan's annex; "
                        + "paper = paper evidence is also asked for"],
            header: ["number", "item", "standing", "evidence", "paper"],
            rows: items.map { item in
                [String(item.number), title(item), standing(item.standing),
                 item.evidence.map { "\($0.name)=\($0.value)" }.joined(separator: "; "), item.needsPaper ? "yes" : "no"]
            })
    }

    /// A month's matching: one line per seeker with the best jobs and their reasons (rendered by the caller).
    public static func matching(_ matching: MonthlyMatching, jobs: [String: JobPosting], villageCode: String,
                                reasons: (JobMatch) -> String, shortfall: (UserMessage) -> String) -> ReportTable {
        ReportTable(
            title: "Job matching \(matching.month.iso)",
            notes: ["village \(villageCode), run on \(matching.day.iso): \(matching.results.count) seekers, "
                        + "\(matching.seekersMatched) with at least \(MonthlyMatching.requiredMatches) jobs, "
                        + "\(matching.seekersShort) with fewer, \(matching.profilesIncomplete) with incomplete profiles"],
            header: ["name", "id_number", "matches", "jobs", "best_reasons", "why_fewer"],
            rows: matching.results.map { seeker, outcome in
                [seeker.name, seeker.personID.masked, String(outcome.matches.count),
                 outcome.matches.map { jobs[$0.jobID]?.title ?? $0.jobID }.joined(separator: " / "),
                 outcome.matches.first.map(reasons) ?? "", outcome.shortfall.map(shortfall) ?? ""]
            })
    }
}
