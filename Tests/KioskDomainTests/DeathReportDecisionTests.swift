import Foundation
import Testing
@testable import KioskDomain

struct DeathReportDecisionTests {
    typealias F = DomainFixtures

    func pensioner(status: AccountStatus = .receivingPension, suspendedFrom: String? = nil) -> (Person, InsuranceAccount) {
        let person = F.person(born: "1945-03-03")
        let account = InsuranceAccount(personID: person.id, status: status, enrolledOn: F.day("2012-07-01"),
                                       pensionStartMonth: F.day("2012-07-01"), monthlyPension: Money(fen: 21_000),
                                       personalAccountPension: Money(fen: 3_000), certifiedUntil: F.day("2026-12-01"),
                                       suspendedFromMonth: suspendedFrom.map(F.day))
        return (person, account)
    }

    @Test func aPensionStopsTheMonthAfterDeathAndACancellationOpens() throws {
        let (person, account) = pensioner()
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-20"),
                                               source: .relative, evidence: "", today: F.day("2026-05-25"))
        #expect(d.report.lastPensionMonth == F.day("2026-05-01"))
        #expect(d.report.pensionStopsFrom == F.day("2026-06-01"))
        #expect(d.report.overpaidMonths == 0 && d.report.overpaidPension == .zero)
        #expect(d.report.opensPendingCancellation)
        #expect(d.account.status == .pensionSuspended && d.account.suspendedFromMonth == F.day("2026-06-01"))
        #expect(d.person.diedOn == F.day("2026-05-20"))
    }

    @Test func aLateReportCountsTheMonthsAlreadyPaidAsOverpaid() throws {
        let (person, account) = pensioner()
        // Died in March, reported in June: April, May and June were paid; payment stops from July.
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-03-10"),
                                               source: .police, evidence: "household register", today: F.day("2026-06-02"))
        #expect(d.report.pensionStopsFrom == F.day("2026-04-01"))
        #expect(d.report.overpaidMonths == 3)
        #expect(d.report.overpaidPension == Money(fen: 63_000))
        #expect(d.account.suspendedFromMonth == F.day("2026-07-01"))
    }

    @Test func aPensionAlreadySuspendedOnlyCountsMonthsPaidBeforeTheSuspension() throws {
        let (person, account) = pensioner(status: .pensionSuspended, suspendedFrom: "2026-05-01")
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-03-10"),
                                               source: .hospital, evidence: "", today: F.day("2026-06-02"))
        #expect(d.report.overpaidMonths == 1) // April only.
        #expect(d.account.suspendedFromMonth == F.day("2026-05-01"))
    }

    @Test func someoneNeverEnrolledGetsNoPendingCancellation() throws {
        let person = F.person(born: "1980-01-01")
        let d = try DeathReportDecision.decide(person: person, account: .notEnrolled(person.id), diedOn: F.day("2026-05-20"),
                                               source: .villageCommittee, evidence: "", today: F.day("2026-05-25"))
        #expect(!d.report.opensPendingCancellation && d.report.lastPensionMonth == nil)
        #expect(d.account.status == .notEnrolled)
    }

    @Test func refusesARecordedDeathAFutureDayAndADayBeforeBirth() {
        var (person, account) = pensioner()
        #expect(throws: DeathReportRefusal.dateInFuture(F.day("2026-05-26"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-26"),
                                           source: .relative, evidence: "", today: F.day("2026-05-25"))
        }
        #expect(throws: DeathReportRefusal.beforeBirth(F.day("1945-03-02"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("1945-03-02"),
                                           source: .relative, evidence: "", today: F.day("2026-05-25"))
        }
        person.diedOn = F.day("2026-01-01")
        #expect(throws: DeathReportRefusal.alreadyRecorded(diedOn: F.day("2026-01-01"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-01"),
                                           source: .relative, evidence: "", today: F.day("2026-05-25"))
        }
    }
}
