import Foundation
import Testing
@testable import KioskDomain

/// Which monthly death report lists a death: the month it was recorded, in China time, late ones marked.
struct MonthlyDeathReportTests {
    typealias F = DomainFixtures
    let china = TimeZone(identifier: "Asia/Shanghai")!

    func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func aDeathIsListedInTheMonthItWasReportedNotTheMonthItHappened() {
        #expect(MonthlyDeathReport.month(reportedOn: F.day("2026-12-02"), diedOn: F.day("2026-11-28"))
                == CalendarMonth(iso: "2026-12"))
        #expect(MonthlyDeathReport.isLate(diedOn: F.day("2026-11-28"), reportedOn: F.day("2026-12-02")))
        #expect(!MonthlyDeathReport.isLate(diedOn: F.day("2026-11-01"), reportedOn: F.day("2026-11-30")))
    }

    @Test func aDeathKnownOnlyFromImportedDataIsListedInItsMonthOfDeathAndNotLate() {
        #expect(MonthlyDeathReport.month(reportedOn: nil, diedOn: F.day("2026-05-20")) == CalendarMonth(iso: "2026-05"))
        #expect(!MonthlyDeathReport.isLate(diedOn: F.day("2026-05-20"), reportedOn: nil))
    }

    @Test func theMonthOfARecordIsCountedInChinaTime() throws {
        // 16:30 UTC on 30 November is 00:30 on 1 December in Asia/Shanghai.
        #expect(MonthlyDeathReport.month(recordedAt: try instant("2026-11-30T16:30:00Z"), in: china)
                == CalendarMonth(iso: "2026-12"))
        #expect(MonthlyDeathReport.month(recordedAt: try instant("2026-11-30T15:59:59Z"), in: china)
                == CalendarMonth(iso: "2026-11"))
    }

    @Test func theYearBoundaryMovesALateReportIntoJanuary() throws {
        #expect(MonthlyDeathReport.month(recordedAt: try instant("2026-12-31T16:00:00Z"), in: china)
                == CalendarMonth(iso: "2027-01"))
        #expect(MonthlyDeathReport.isLate(diedOn: F.day("2026-12-31"), reportedOn: F.day("2027-01-01")))
        #expect(!MonthlyDeathReport.isLate(diedOn: F.day("2026-12-01"), reportedOn: F.day("2026-12-31")))
        // A day in an earlier year but a later month number is still late.
        #expect(MonthlyDeathReport.isLate(diedOn: F.day("2025-12-15"), reportedOn: F.day("2026-01-05")))
    }

    @Test func aLateReportIsMarkedAndThePensionStillStopsFromTheMonthAfterDeath() throws {
        let person = F.person(born: "1945-03-03")
        let account = InsuranceAccount(personID: person.id, status: .receivingPension, enrolledOn: F.day("2012-07-01"),
                                       pensionStartMonth: F.day("2012-07-01"), monthlyPension: Money(fen: 21_000),
                                       personalAccountPension: Money(fen: 3_000), certifiedUntil: F.day("2027-01-01"))
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-11-28"),
                                               source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"), today: F.day("2026-12-02"))
        #expect(d.report.isLate && d.report.reportMonth == CalendarMonth(iso: "2026-12"))
        #expect(d.report.lastPensionMonth == F.day("2026-11-01") && d.report.pensionStopsFrom == F.day("2026-12-01"))
        #expect(d.report.overpaidMonths == 1, "December was already paid")
        let onTime = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-11-28"),
                                                    source: .relative, evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"), today: F.day("2026-11-30"))
        #expect(!onTime.report.isLate && onTime.report.reportMonth == CalendarMonth(iso: "2026-11"))
    }
}
