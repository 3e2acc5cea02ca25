import Foundation
import Testing
@testable import KioskDomain

/// Last month's records are due by the 5th: on the 5th on time, on the 6th late, a Sunday 5th still the 5th.
struct LabourForceDeadlineTests {
    typealias E = EmploymentFixtures
    typealias F = DomainFixtures

    @Test func recordsEnteredOnTheFifthAreOnTimeAndOnTheSixthLate() {
        let november = E.month("2026-11")
        #expect(LabourForceDeadline.dueDay(for: november) == F.day("2026-12-05"))
        #expect(LabourForceDeadline.isOnTime(november, enteredOn: F.day("2026-12-01")))
        #expect(LabourForceDeadline.isOnTime(november, enteredOn: F.day("2026-12-05")))
        #expect(!LabourForceDeadline.isOnTime(november, enteredOn: F.day("2026-12-06")))
        #expect(!LabourForceDeadline.isOverdue(november, on: F.day("2026-12-05")))
        #expect(LabourForceDeadline.isOverdue(november, on: F.day("2026-12-06")))
    }

    @Test func aFifthThatIsASundayStaysTheDueDay() {
        // 5 September 2027 is a Sunday.
        #expect(JobPostingTargets.weekStart(F.day("2027-09-05")) == F.day("2027-08-30"))
        let august = E.month("2027-08")
        #expect(LabourForceDeadline.dueDay(for: august) == F.day("2027-09-05"))
        #expect(LabourForceDeadline.isOnTime(august, enteredOn: F.day("2027-09-05")))
        #expect(!LabourForceDeadline.isOnTime(august, enteredOn: F.day("2027-09-06")))
    }

    @Test func decemberIsDueInJanuaryOfTheNextYear() {
        #expect(LabourForceDeadline.dueDay(for: E.month("2026-12")) == F.day("2027-01-05"))
        #expect(LabourForceDeadline.monthDue(on: F.day("2027-01-01")) == E.month("2026-12"))
        #expect(LabourForceDeadline.monthDue(on: F.day("2028-02-29")) == E.month("2028-01"))
        #expect(LabourForceDeadline.monthDue(on: F.day("2026-12-31")) == E.month("2026-11"))
    }

    @Test func theTrackerNamesWhoIsMissingAndCountsLateEntries() {
        let people = [E.id(1), E.id(2), E.id(3)]
        let entered = [E.id(1): F.day("2026-12-05"), E.id(2): F.day("2026-12-06")]
        let onTheFifth = LabourForceDeadlineStatus(month: E.month("2026-11"), on: F.day("2026-12-05"), covered: people,
                                                   firstEntered: [E.id(1): F.day("2026-12-05")])
        #expect(onTheFifth.missing == [E.id(2), E.id(3)] && !onTheFifth.isOverdue)
        let onTheSixth = LabourForceDeadlineStatus(month: E.month("2026-11"), on: F.day("2026-12-06"), covered: people,
                                                   firstEntered: entered)
        #expect(onTheSixth.enteredOnTime == 1 && onTheSixth.enteredLate == 1 && onTheSixth.missing == [E.id(3)])
        #expect(onTheSixth.isOverdue && !onTheSixth.allOnTime)
    }
}

/// Which month the confirmation screen works on.
struct MonthToConfirmTests {
    @Test func upToTheFifthItIsLastMonthAndFromTheSixthThisMonth() {
        let d = DomainFixtures.day
        #expect(LabourForceDeadline.monthToConfirm(on: d("2026-12-01")) == CalendarMonth(iso: "2026-11"))
        #expect(LabourForceDeadline.monthToConfirm(on: d("2026-12-05")) == CalendarMonth(iso: "2026-11"))
        #expect(LabourForceDeadline.monthToConfirm(on: d("2026-12-06")) == CalendarMonth(iso: "2026-12"))
        #expect(LabourForceDeadline.monthToConfirm(on: d("2027-01-05")) == CalendarMonth(iso: "2026-12"))
        #expect(LabourForceDeadline.monthToConfirm(on: d("2026-12-31")) == CalendarMonth(iso: "2026-12"))
        #expect(LabourForceDeadline.monthToConfirm(on: d("2028-02-29")) == CalendarMonth(iso: "2028-02"))
    }

    @Test func theLastClosedMonthIsTheLatestWhoseFifthHasPassed() {
        let d = DomainFixtures.day
        #expect(LabourForceDeadline.lastClosedMonth(on: d("2026-12-05")) == CalendarMonth(iso: "2026-10"))
        #expect(LabourForceDeadline.lastClosedMonth(on: d("2026-12-06")) == CalendarMonth(iso: "2026-11"))
        #expect(LabourForceDeadline.lastClosedMonth(on: d("2027-01-01")) == CalendarMonth(iso: "2026-11"))
        #expect(LabourForceDeadline.lastClosedMonth(on: d("2027-01-06")) == CalendarMonth(iso: "2026-12"))
        #expect(LabourForceDeadline.lastClosedMonth(on: d("2028-02-29")) == CalendarMonth(iso: "2028-01"))
    }
}
