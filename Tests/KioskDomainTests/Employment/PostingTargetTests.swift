import Foundation
import Testing
@testable import KioskDomain

/// Postings: at least one publication a week; a year's postings at least 3x the labour force and 1.1x last year's.
struct PostingTargetTests {
    typealias F = DomainFixtures

    @Test func theYearNeedsThreeTimesTheLabourForce() {
        #expect(JobPostingTargets.meetsLabourForceTarget(postings: 600, labourForce: 200))
        #expect(!JobPostingTargets.meetsLabourForceTarget(postings: 599, labourForce: 200))
        #expect(JobPostingTargets.yearlyTarget(labourForce: 200, lastYear: nil) == 600)
    }

    @Test func theYearNeedsElevenTenthsOfLastYearRoundedUp() {
        #expect(JobPostingTargets.meetsGrowthTarget(postings: 660, lastYear: 600))
        #expect(!JobPostingTargets.meetsGrowthTarget(postings: 659, lastYear: 600))
        #expect(!JobPostingTargets.meetsGrowthTarget(postings: 11, lastYear: 11))
        #expect(JobPostingTargets.meetsGrowthTarget(postings: 13, lastYear: 11))
        #expect(JobPostingTargets.yearlyTarget(labourForce: 200, lastYear: 601) == 662)
        #expect(JobPostingTargets.meetsGrowthTarget(postings: 1, lastYear: nil))
    }

    @Test func weeksRunMondayToSundayAndAMissingWeekIsNamedByItsMonday() {
        #expect(JobPostingTargets.weekStart(F.day("2026-11-30")) == F.day("2026-11-30"))  // a Monday
        #expect(JobPostingTargets.weekStart(F.day("2026-12-06")) == F.day("2026-11-30"))  // a Sunday
        #expect(JobPostingTargets.weekStart(F.day("2027-01-01")) == F.day("2026-12-28"))
        let missing = JobPostingTargets.weeksWithoutPublication([F.day("2026-11-03"), F.day("2026-11-20")],
                                                               from: F.day("2026-11-01"), through: F.day("2026-11-30"))
        #expect(missing == [F.day("2026-10-26"), F.day("2026-11-09"), F.day("2026-11-23"), F.day("2026-11-30")])
        #expect(JobPostingTargets.weeks(from: F.day("2026-11-01"), through: F.day("2026-11-30")) == 6)
    }

    @Test func aLeapDayFallsInItsWeek() {
        #expect(JobPostingTargets.weekStart(F.day("2028-02-29")) == F.day("2028-02-28"))
    }
}
