import Foundation
import GRDB
import KioskDomain

/// Gathers the annex task list's evidence for a year from the kiosk's records.
extension KioskStore {
    /// The evidence for `year` as it stands on `day`.
    ///
    /// A month counts once its records' due day (the 5th of the next month) has passed; a week counts from the week of
    /// 1 January through the week of `day` (or of 31 December); the labour force is the working-age people of the last
    /// month counted (or of `day` when none is).
    public func taskListEvidence(year: Int, on day: CivilDate) throws -> TaskListEvidence {
        var e = TaskListEvidence(year: year)
        let yearStart = CivilDate(year: year, month: 1, day: 1)!
        let yearEnd = CivilDate(year: year, month: 12, day: 31)!
        let history = try labourForceHistory()
        let months = (1...12).compactMap { CalendarMonth(year: year, month: $0) }
            .filter { LabourForceDeadline.dueDay(for: $0) < day }
        e.monthsCounted = months.count
        var longTerm = Set<IDNumber>()
        for month in months {
            let covered = try labourForcePeople(on: month.lastDay, history: history).map(\.id)
            let status = LabourForceDeadlineStatus(month: month, on: day, covered: covered,
                                                   firstEntered: try labourForceFirstEntered(month))
            if status.missing.isEmpty && !covered.isEmpty { e.monthsCollected += 1 }
            if status.allOnTime && !covered.isEmpty { e.monthsOnTime += 1 }
            e.labourForce = covered.count
            longTerm.formUnion(LongTermUnemployedRule.list(in: month, history: history).map(\.person))
        }
        if months.isEmpty { e.labourForce = try labourForcePeople(on: min(day, yearEnd), history: history).count }
        let through = min(day, yearEnd)
        e.weeksCounted = JobPostingTargets.weeks(from: yearStart, through: through)
        e.weeksPublished = e.weeksCounted
            - JobPostingTargets.weeksWithoutPublication(try publicationDays(year: year), from: yearStart, through: through).count
        e.postings = try postingsCount(year: year)
        let lastYear = try postingsCount(year: year - 1)
        e.postingsLastYear = lastYear > 0 ? lastYear : nil
        let counts = try matchCounts(year: year)
        e.seekerMonths = counts.count
        e.seekerMonthsWithThree = counts.filter { $0 >= MonthlyMatching.requiredMatches }.count
        e.matchesSent = try smsOutbox.count(keyPrefix: "match:\(year)-", state: .sent)
        e.longTermUnemployed = longTerm.count
        e.longTermUnemployedServed = try longTerm.filter { try longTermService($0).isComplete }.count
        e.longTermReportsMonths = try longTermReportMonths(year: year).count
        e.tradesReachingTen = TrainingClassRule.classRequests(try trainingWishes()).count
        let classes = try trainingClasses().filter { $0.requestedOn.year == year }
        e.classesRequested = classes.count
        e.classesAnnounced = classes.filter { $0.announcedOn != nil }.count
        let latestMonth = CalendarMonth(day)
        let trainees = try trainingFollowUps().filter { $0.classEndedOn.year == year }
            .filter { !(history.latest($0.personID, onOrBefore: latestMonth)?.status.hasWork ?? false) }
        e.traineesWithoutWork = trainees.count
        e.traineesRecommendedThree = trainees.filter { $0.recommendedOn.count >= TrainingFollowUp.requiredRecommendations }.count
        e.followUpsDone = trainees.filter { $0.status(on: day) == .done }.count
        e.followUpsOverdue = trainees.filter { if case .visitOverdue = $0.status(on: day) { true } else { false } }.count
        let coverage = try self.coverage(villageCode: villageCode, on: min(day, yearEnd))
        e.adults = coverage.adults
        e.insured = coverage.insured
        let like = "\(year)-%"
        let pension = ServiceKind.allCases.filter(\.isPensionService).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try database.read { db in
            e.deathReports = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM death_reports WHERE reported_on LIKE ?", arguments: [like]) ?? 0
            e.remindersGiven = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reminders WHERE month LIKE ?", arguments: [like]) ?? 0
            e.servicesSelf = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM receipts WHERE business_date LIKE ? AND actor_kind = 'selfService' AND service IN (\(pension))
                """, arguments: [like]) ?? 0
            e.servicesByCoordinator = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM receipts WHERE business_date LIKE ? AND actor_kind = 'coordinator' AND service IN (\(pension))
                """, arguments: [like]) ?? 0
            e.proxyAuthorisations = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM proxy_authorisations WHERE valid_from LIKE ?",
                                                     arguments: [like]) ?? 0
            e.homeVisits = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM home_visits WHERE visited_on LIKE ?", arguments: [like]) ?? 0
        }
        e.remindersOwed = try nonPayerMonthsOwed(year: year, months: months)
        return e
    }

    /// Reminders the year owed: each listed non-payer of the year once for each counted month (seed item 16: 对所列名单
    /// 每月必须催缴一次), counted against the months counted for the labour-force records.
    func nonPayerMonthsOwed(year: Int, months: [CalendarMonth]) throws -> Int {
        let listed = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT id_number) FROM non_payers WHERE year = ?", arguments: [year]) ?? 0
        }
        return listed * months.count
    }
}
