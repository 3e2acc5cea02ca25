/// The annex's task list (广西乡村振兴村级就业社保服务平台能力提升三年行动方案任务清单): 17 items, numbered as in the annex,
/// each filled from the data with its evidence counts, or marked as needing paper evidence.
///
/// Source: the seed's annex (序号 1-17: 1-7 employment, 8-16 social insurance, 17 the line upgrade). Items 1-7 and 10
/// are judged against the plan's own numbers; 8, 9, 11-13 and 15 are shown with counts and left to the assessor; 14
/// and 16 count the monthly reports and reminders; 17 (bandwidth) has nothing in the kiosk's data and needs paper.
public enum AnnexTaskList {
    /// How an item stands.
    public enum Standing: String, Hashable, Sendable {
        /// Filled from the data and the plan's number is reached.
        case met
        /// Filled from the data and the number is not reached.
        case notMet
        /// Filled from the data with counts; the assessor judges it.
        case counted
        /// Nothing in the kiosk's data shows it: paper evidence needed.
        case paperEvidence
    }

    /// One item of the list.
    public struct Item: Hashable, Sendable {
        /// The annex's 序号, 1 to 17.
        public var number: Int
        /// The key of its title in the string tables (`employment.task.<number>`).
        public var titleKey: String { "employment.task.\(number)" }
        public var standing: Standing
        /// Evidence counts by name (in English, for the CSV), in order.
        public var evidence: [(name: String, value: String)]
        /// Whether paper evidence is also asked for (the annex's 纸质台账, 图片资料).
        public var needsPaper: Bool
        /// The item's main figure against its target, for a bar; nil when the data has no figure for it (item 17).
        public var progress: TaskProgress?

        /// An item.
        public init(number: Int, standing: Standing, evidence: [(name: String, value: String)], needsPaper: Bool,
                    progress: TaskProgress?) {
            self.number = number
            self.standing = standing
            self.evidence = evidence
            self.needsPaper = needsPaper
            self.progress = progress
        }

        public static func == (lhs: Item, rhs: Item) -> Bool {
            lhs.number == rhs.number && lhs.standing == rhs.standing && lhs.needsPaper == rhs.needsPaper
                && lhs.progress == rhs.progress
                && lhs.evidence.map(\.name) == rhs.evidence.map(\.name) && lhs.evidence.map(\.value) == rhs.evidence.map(\.value)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(number) }

        /// The value of one evidence count, by name.
        public func value(_ name: String) -> String? { evidence.first { $0.name == name }?.value }
    }

    /// The 17 items filled from the evidence; item 10 is judged against `coverageTargetPerMille`, the coverage target of
    /// the policy table in force for the village (`PolicyTable.coverageTargetPerMille`, 95 % by seed item 10), so the
    /// task list, the rosters page and the county page judge coverage against the one figure. Without a table (nil) the
    /// item is counted, not judged.
    public static func items(_ e: TaskListEvidence, coverageTargetPerMille: Int?) -> [Item] {
        func judged(_ ok: Bool) -> Standing { ok ? .met : .notMet }
        func n(_ value: Int) -> String { String(value) }
        let target = JobPostingTargets.yearlyTarget(labourForce: e.labourForce, lastYear: e.postingsLastYear)
        let coverage = CoverageFigures(adults: e.adults, insured: e.insured)
        return [
            Item(number: 1, standing: judged(e.monthsCounted > 0 && e.monthsCollected == e.monthsCounted),
                 evidence: [("labour_force", n(e.labourForce)), ("months_counted", n(e.monthsCounted)),
                            ("months_collected", n(e.monthsCollected))], needsPaper: true,
                 progress: TaskProgress(value: e.monthsCollected, target: e.monthsCounted)),
            Item(number: 2, standing: judged(e.monthsCounted > 0 && e.monthsOnTime == e.monthsCounted),
                 evidence: [("months_counted", n(e.monthsCounted)), ("months_on_time_by_5th", n(e.monthsOnTime))],
                 needsPaper: false, progress: TaskProgress(value: e.monthsOnTime, target: e.monthsCounted)),
            Item(number: 3, standing: judged(e.weeksCounted > 0 && e.weeksPublished == e.weeksCounted
                                             && JobPostingTargets.meetsLabourForceTarget(postings: e.postings, labourForce: e.labourForce)
                                             && JobPostingTargets.meetsGrowthTarget(postings: e.postings, lastYear: e.postingsLastYear)),
                 evidence: [("weeks_counted", n(e.weeksCounted)), ("weeks_published", n(e.weeksPublished)),
                            ("postings", n(e.postings)), ("postings_last_year", e.postingsLastYear.map(n) ?? ""),
                            ("target_3x_labour_force", n(e.labourForce * JobPostingTargets.labourForceMultiple)),
                            ("target_year", n(target))], needsPaper: true,
                 progress: TaskProgress(value: e.postings, target: target)),
            Item(number: 4, standing: judged(e.seekerMonths > 0 && e.seekerMonthsWithThree == e.seekerMonths),
                 evidence: [("seeker_months", n(e.seekerMonths)), ("seeker_months_with_3", n(e.seekerMonthsWithThree)),
                            ("matches_sent", n(e.matchesSent))], needsPaper: false,
                 progress: TaskProgress(value: e.seekerMonthsWithThree, target: e.seekerMonths)),
            Item(number: 5, standing: judged(e.longTermUnemployedServed == e.longTermUnemployed),
                 evidence: [("long_term_unemployed", n(e.longTermUnemployed)), ("served_3_recommendations", n(e.longTermUnemployedServed)),
                            ("months_reported", n(e.longTermReportsMonths))], needsPaper: false,
                 progress: TaskProgress(value: e.longTermUnemployedServed, target: e.longTermUnemployed)),
            Item(number: 6, standing: judged(e.classesRequested >= e.tradesReachingTen && e.classesAnnounced >= e.classesRequested),
                 evidence: [("trades_reaching_10", n(e.tradesReachingTen)), ("classes_requested", n(e.classesRequested)),
                            ("classes_announced", n(e.classesAnnounced))], needsPaper: true,
                 progress: TaskProgress(value: e.classesAnnounced, target: max(e.tradesReachingTen, e.classesRequested))),
            Item(number: 7, standing: judged(e.traineesRecommendedThree == e.traineesWithoutWork && e.followUpsOverdue == 0),
                 evidence: [("trainees_without_work", n(e.traineesWithoutWork)), ("recommended_3", n(e.traineesRecommendedThree)),
                            ("follow_ups_done", n(e.followUpsDone)), ("follow_ups_overdue", n(e.followUpsOverdue))],
                 needsPaper: true,
                 progress: TaskProgress(value: e.traineesRecommendedThree, target: e.traineesWithoutWork)),
            Item(number: 8, standing: .counted, evidence: [("adults", n(e.adults)), ("insured", n(e.insured))], needsPaper: false,
                 progress: TaskProgress(value: e.insured, target: nil, scale: e.adults)),
            Item(number: 9, standing: .counted,
                 evidence: [("insured_list", n(e.insured)), ("uninsured_list", n(e.adults - e.insured))], needsPaper: false,
                 progress: TaskProgress(value: e.insured, target: nil, scale: e.adults)),
            Item(number: 10,
                 standing: coverageTargetPerMille.map { judged(e.adults > 0 && coverage.meets(targetPerMille: $0)) } ?? .counted,
                 evidence: [("coverage_percent", String(coverage.percentText.dropLast())),
                            ("target_percent", coverageTargetPerMille.map { String(CoverageFigures.percentText(perMille: $0).dropLast()) } ?? "")],
                 needsPaper: false,
                 progress: TaskProgress(value: coverage.perMille, target: coverageTargetPerMille, scale: 1000, unit: .perMille)),
            Item(number: 11, standing: .counted,
                 evidence: [("services_self", n(e.servicesSelf)), ("services_by_coordinator", n(e.servicesByCoordinator))],
                 needsPaper: false, progress: TaskProgress(value: e.servicesSelf, target: nil, scale: e.servicesSelf + e.servicesByCoordinator)),
            Item(number: 12, standing: .counted, evidence: [("services_at_kiosk", n(e.servicesSelf + e.servicesByCoordinator))],
                 needsPaper: false,
                 progress: TaskProgress(value: e.servicesSelf + e.servicesByCoordinator, target: nil)),
            Item(number: 13, standing: .counted, evidence: [("services_at_kiosk", n(e.servicesSelf + e.servicesByCoordinator))],
                 needsPaper: false,
                 progress: TaskProgress(value: e.servicesSelf + e.servicesByCoordinator, target: nil)),
            Item(number: 14, standing: .counted, evidence: [("death_reports", n(e.deathReports))], needsPaper: true,
                 progress: TaskProgress(value: e.deathReports, target: nil)),
            Item(number: 15, standing: .counted,
                 evidence: [("proxy_authorisations", n(e.proxyAuthorisations)), ("home_visits", n(e.homeVisits)),
                            ("services_by_coordinator", n(e.servicesByCoordinator))], needsPaper: false,
                 progress: TaskProgress(value: e.proxyAuthorisations + e.homeVisits + e.servicesByCoordinator, target: nil)),
            Item(number: 16, standing: judged(e.remindersGiven >= e.remindersOwed),
                 evidence: [("reminders_owed", n(e.remindersOwed)), ("reminders_given", n(e.remindersGiven))],
                 needsPaper: true, progress: TaskProgress(value: e.remindersGiven, target: e.remindersOwed)),
            Item(number: 17, standing: .paperEvidence, evidence: [], needsPaper: true, progress: nil),
        ]
    }
}
