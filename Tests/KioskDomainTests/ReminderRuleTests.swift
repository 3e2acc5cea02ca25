import Testing
@testable import KioskDomain

struct ReminderRuleTests {
    typealias F = DomainFixtures
    let id = DomainFixtures.idNumber(born: DomainFixtures.day("1980-01-01"))

    func reminder(_ day: String) -> ContributionReminder {
        ContributionReminder(personID: id, remindedOn: F.day(day), channel: .phone, coordinatorID: "XG-1")
    }

    @Test func aSecondReminderInTheSameMonthIsRefusedWithTheFirstDay() {
        #expect(ReminderRule.check(on: F.day("2026-06-30"), earlier: [reminder("2026-06-01")], onNonPayerList: true)
            == .alreadyRemindedThisMonth(on: F.day("2026-06-01")))
    }

    @Test func theNextMonthIsAllowedAgainAndTheSameDayOfAnotherYearToo() {
        #expect(ReminderRule.check(on: F.day("2026-07-01"), earlier: [reminder("2026-06-30")], onNonPayerList: true) == nil)
        #expect(ReminderRule.check(on: F.day("2027-06-15"), earlier: [reminder("2026-06-15")], onNonPayerList: true) == nil)
    }

    @Test func onlyPeopleOnTheListAndAliveAreReminded() {
        #expect(ReminderRule.check(on: F.day("2026-06-01"), earlier: [], onNonPayerList: false) == .notOnNonPayerList)
        #expect(ReminderRule.check(on: F.day("2026-06-01"), earlier: [], onNonPayerList: true,
                                   diedOn: F.day("2026-05-01")) == .deceased)
    }

    @Test func needsReminderUntilRemindedInTheMonth() {
        #expect(ReminderRule.needsReminder(on: F.day("2026-06-10"), lastReminded: nil))
        #expect(ReminderRule.needsReminder(on: F.day("2026-06-10"), lastReminded: F.day("2026-05-31")))
        #expect(!ReminderRule.needsReminder(on: F.day("2026-06-10"), lastReminded: F.day("2026-06-01")))
    }

    @Test func calendarMonthsParseAndBound() throws {
        let month = try #require(CalendarMonth(iso: "2024-02"))
        #expect(month.firstDay == F.day("2024-02-01") && month.lastDay == F.day("2024-02-29"))
        #expect(month.iso == "2024-02" && month.contains(F.day("2024-02-29")) && !month.contains(F.day("2024-03-01")))
        #expect(CalendarMonth(iso: "2024-13") == nil && CalendarMonth(iso: "2024-2") == nil)
    }
}
