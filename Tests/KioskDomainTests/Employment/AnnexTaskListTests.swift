import Foundation
import Testing
@testable import KioskDomain

/// The annex's 17 items, numbered as in the annex, judged against the plan's numbers.
struct AnnexTaskListTests {
    func evidence() -> TaskListEvidence {
        var e = TaskListEvidence(year: 2026)
        e.labourForce = 10
        e.monthsCounted = 10; e.monthsCollected = 10; e.monthsOnTime = 9
        e.weeksCounted = 48; e.weeksPublished = 48; e.postings = 33; e.postingsLastYear = 30
        e.seekerMonths = 20; e.seekerMonthsWithThree = 20; e.matchesSent = 96
        e.longTermUnemployed = 2; e.longTermUnemployedServed = 1; e.longTermReportsMonths = 3
        e.tradesReachingTen = 1; e.classesRequested = 1; e.classesAnnounced = 1
        e.traineesWithoutWork = 4; e.traineesRecommendedThree = 4; e.followUpsDone = 3; e.followUpsOverdue = 0
        e.adults = 200; e.insured = 190
        e.remindersOwed = 5; e.remindersGiven = 5
        return e
    }

    @Test func theListHasSeventeenItemsNumberedAsInTheAnnex() {
        let items = AnnexTaskList.items(evidence(), coverageTargetPerMille: 950)
        #expect(items.map(\.number) == Array(1...17))
        #expect(items.map(\.titleKey).first == "employment.task.1" && items.last?.standing == .paperEvidence)
    }

    @Test func eachJudgedItemFollowsThePlansNumber() throws {
        let items = AnnexTaskList.items(evidence(), coverageTargetPerMille: 950)
        func standing(_ n: Int) -> AnnexTaskList.Standing { items[n - 1].standing }
        #expect(standing(1) == .met)
        #expect(standing(2) == .notMet)          // 9 of 10 months by the 5th
        #expect(standing(3) == .met)             // 33 >= 3 x 10 and 33 >= 1.1 x 30
        #expect(standing(4) == .met)
        #expect(standing(5) == .notMet)          // one of two served 3 times
        #expect(standing(6) == .met && standing(7) == .met)
        #expect(standing(10) == .met)            // 95.0%
        #expect(items[9].value("coverage_percent") == "95.0")
        #expect(standing(16) == .met)
        #expect(items[2].value("target_year") == "33")
    }

    @Test func missingAWeekOrTheGrowthFailsItemThree() {
        var e = evidence()
        e.postings = 32
        #expect(AnnexTaskList.items(e, coverageTargetPerMille: 950)[2].standing == .notMet)
        e = evidence()
        e.weeksPublished = 47
        #expect(AnnexTaskList.items(e, coverageTargetPerMille: 950)[2].standing == .notMet)
    }

    @Test func coverageJustBelowTheTargetIsNotMet() {
        var e = evidence()
        e.insured = 189
        let item = AnnexTaskList.items(e, coverageTargetPerMille: 950)[9]
        #expect(item.standing == .notMet && item.value("coverage_percent") == "94.5")
    }

    @Test("Item 10 is judged against the target it is given, the policy table's: 90 % met by 180 of 200, not by 179")
    func coverageAgainstATableAtNinety() {
        var e = evidence()
        e.insured = 180
        let met = AnnexTaskList.items(e, coverageTargetPerMille: 900)[9]
        #expect(met.standing == .met && met.value("target_percent") == "90.0" && met.value("coverage_percent") == "90.0")
        #expect(AnnexTaskList.items(e, coverageTargetPerMille: 950)[9].standing == .notMet)
        e.insured = 179
        #expect(AnnexTaskList.items(e, coverageTargetPerMille: 900)[9].standing == .notMet)
    }
}
