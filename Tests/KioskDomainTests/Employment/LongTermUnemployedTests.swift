import Foundation
import Testing
@testable import KioskDomain

/// Three consecutive monthly records wanting work without it make a person long-term unemployed.
struct LongTermUnemployedTests {
    typealias E = EmploymentFixtures

    @Test func threeConsecutiveMonthsWithoutWorkAreLongTermButTwoAreNot() {
        let p = E.id(7)
        let history = LabourForceHistory([
            E.record(p, "2026-09", .unemployedWantingWork), E.record(p, "2026-10", .unemployedWantingWork),
            E.record(p, "2026-11", .unemployedWantingWork),
        ])
        #expect(LongTermUnemployedRule.isLongTermUnemployed(p, in: E.month("2026-11"), history: history))
        #expect(!LongTermUnemployedRule.isLongTermUnemployed(p, in: E.month("2026-10"), history: history))
        #expect(LongTermUnemployedRule.list(in: E.month("2026-11"), history: history).map(\.months) == [3])
    }

    @Test func aMonthWithWorkOrWithoutARecordBreaksTheRun() {
        let worked = E.id(8), gap = E.id(9)
        let history = LabourForceHistory([
            E.record(worked, "2026-09", .unemployedWantingWork), E.record(worked, "2026-10", .employed),
            E.record(worked, "2026-11", .unemployedWantingWork),
            E.record(gap, "2026-08", .unemployedWantingWork), E.record(gap, "2026-09", .unemployedWantingWork),
            E.record(gap, "2026-11", .unemployedWantingWork),
        ])
        #expect(LongTermUnemployedRule.list(in: E.month("2026-11"), history: history).isEmpty)
    }

    @Test func theRunCrossesTheYearAndACorrectionCounts() {
        let p = E.id(10)
        let history = LabourForceHistory([
            E.record(p, "2026-11", .unemployedWantingWork), E.record(p, "2026-12", .employed),
            E.record(p, "2026-12", .unemployedWantingWork, version: 2), E.record(p, "2027-01", .unemployedWantingWork),
        ])
        #expect(LongTermUnemployedRule.monthsWithoutWork(p, endingAt: E.month("2027-01"), in: history) == 3)
    }

    @Test func notWantingWorkIsNotUnemployment() {
        let p = E.id(11)
        let history = LabourForceHistory((9...11).map { E.record(p, String(format: "2026-%02d", $0), .notInLabourForce(.retired)) })
        #expect(!LongTermUnemployedRule.isLongTermUnemployed(p, in: E.month("2026-11"), history: history))
    }

    @Test func theServiceIsCompleteWithGuidanceAndThreeRecommendations() {
        let d = DomainFixtures.day
        #expect(!LongTermUnemployedService(guidanceOn: [d("2026-11-02")], recommendedOn: [d("2026-11-03"), d("2026-11-10")]).isComplete)
        #expect(LongTermUnemployedService(guidanceOn: [d("2026-11-02")],
                                          recommendedOn: [d("2026-11-03"), d("2026-11-10"), d("2026-11-20")]).isComplete)
        #expect(!LongTermUnemployedService(recommendedOn: [d("2026-11-03"), d("2026-11-10"), d("2026-11-20")]).isComplete)
    }
}
