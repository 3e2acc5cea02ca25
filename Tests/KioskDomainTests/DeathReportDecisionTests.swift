import Foundation
import Testing
@testable import KioskDomain

struct DeathReportDecisionTests {
    typealias F = DomainFixtures
    let certificate = ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118")

    func pensioner(status: AccountStatus = .receivingPension, suspendedFrom: String? = nil) -> (Person, InsuranceAccount) {
        let person = F.person(born: "1945-03-03")
        let account = InsuranceAccount(personID: person.id, status: status, enrolledOn: F.day("2012-07-01"),
                                       pensionStartMonth: F.day("2012-07-01"), monthlyPension: Money(fen: 21_000),
                                       personalAccountPension: Money(fen: 3_000), certifiedUntil: F.day("2026-12-01"),
                                       suspendedFromMonth: suspendedFrom.map(F.day))
        return (person, account)
    }

    @Test("a reported death waits for the county: the person stays alive and the pension is paid on")
    func aReportedDeathWaitsForTheCounty() throws {
        let (person, account) = pensioner()
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-20"),
                                               source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        #expect(d.person.diedOn == nil)
        #expect(d.account.status == .receivingPension && d.account.suspendedFromMonth == nil)
        #expect(d.account.deathReportPending && d.account.awaitsCounty)
        // The figures say what acceptance on the day of the report would do.
        #expect(d.report.lastPensionMonth == F.day("2026-05-01") && d.report.pensionStopsFrom == F.day("2026-06-01"))
        #expect(d.report.overpaidMonths == 0 && d.report.opensPendingCancellation)
        #expect(d.report.evidence == certificate && d.report.summary["county"] == "pending")
    }

    @Test("accepted, the pension stops from the month after death and the months paid until acceptance are overpaid")
    func acceptanceStopsThePensionBackDated() throws {
        let (person, account) = pensioner()
        // Died 10 March, reported 2 June, accepted 15 August: April to August were paid, payment stops from September.
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-03-10"),
                                               source: .police, evidence: certificate, today: F.day("2026-06-02"))
        #expect(d.report.overpaidMonths == 3, "on the day of the report: April, May, June")
        let accepted = DeathReportDecision.accepted(d.report, person: d.person, account: d.account,
                                                    decidedOn: F.day("2026-08-15"))
        #expect(accepted.person.diedOn == F.day("2026-03-10"))
        #expect(accepted.report.pensionStopsFrom == F.day("2026-04-01"))
        #expect(accepted.report.overpaidMonths == 5 && accepted.report.overpaidPension == Money(fen: 105_000))
        #expect(accepted.account.status == .pensionSuspended && accepted.account.suspendedFromMonth == F.day("2026-09-01"))
        #expect(!accepted.account.deathReportPending && accepted.report.reportedOn == F.day("2026-06-02"))
    }

    @Test("accepted in the month of death, nothing was overpaid")
    func acceptanceInTheMonthOfDeath() throws {
        let (person, account) = pensioner()
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-20"),
                                               source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        let accepted = DeathReportDecision.accepted(d.report, person: d.person, account: d.account, decidedOn: F.day("2026-05-28"))
        #expect(accepted.report.overpaidMonths == 0 && accepted.report.overpaidPension == .zero)
        #expect(accepted.account.suspendedFromMonth == F.day("2026-06-01"))
    }

    @Test("a pension already suspended counts only the months paid before the suspension")
    func aPensionAlreadySuspendedOnlyCountsMonthsPaidBeforeTheSuspension() throws {
        let (person, account) = pensioner(status: .pensionSuspended, suspendedFrom: "2026-05-01")
        let d = try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-03-10"),
                                               source: .hospital, evidence: certificate, today: F.day("2026-06-02"))
        let accepted = DeathReportDecision.accepted(d.report, person: d.person, account: d.account, decidedOn: F.day("2026-07-10"))
        #expect(accepted.report.overpaidMonths == 1) // April only.
        #expect(accepted.account.suspendedFromMonth == F.day("2026-05-01"))
    }

    @Test("someone never enrolled gets no pending cancellation")
    func someoneNeverEnrolledGetsNoPendingCancellation() throws {
        let person = F.person(born: "1980-01-01")
        let d = try DeathReportDecision.decide(person: person, account: .notEnrolled(person.id), diedOn: F.day("2026-05-20"),
                                               source: .villageCommittee, evidence: certificate, today: F.day("2026-05-25"))
        #expect(!d.report.opensPendingCancellation && d.report.lastPensionMonth == nil)
        #expect(d.account.status == .notEnrolled)
    }

    @Test("refuses a recorded death, one waiting for the county, a future day and a day before birth")
    func refusesARecordedDeathAFutureDayAndADayBeforeBirth() {
        var (person, account) = pensioner()
        #expect(throws: DeathReportRefusal.dateInFuture(F.day("2026-05-26"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-26"),
                                           source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        }
        #expect(throws: DeathReportRefusal.beforeBirth(F.day("1945-03-02"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("1945-03-02"),
                                           source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        }
        account.deathReportPending = true
        #expect(throws: DeathReportRefusal.awaitingCounty) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-01"),
                                           source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        }
        person.diedOn = F.day("2026-01-01")
        #expect(throws: DeathReportRefusal.alreadyRecorded(diedOn: F.day("2026-01-01"))) {
            try DeathReportDecision.decide(person: person, account: account, diedOn: F.day("2026-05-01"),
                                           source: .relative, evidence: certificate, today: F.day("2026-05-25"))
        }
    }

    @Test("a document number is trimmed and must be 3-32 letters, digits, - or /")
    func documentNumbersAreChecked() throws {
        let taken = try ActEvidence.validated(kind: .hospitalRecord, documentNumber: "  GX/2026-0412 ")
        #expect(taken == ActEvidence(kind: .hospitalRecord, documentNumber: "GX/2026-0412"))
        #expect(try ActEvidence.validated(kind: .relativeStatement, documentNumber: "村01").documentNumber == "村01")
        #expect(throws: ActEvidenceProblem.empty) { try ActEvidence.validated(kind: .deathCertificate, documentNumber: "   ") }
        #expect(throws: ActEvidenceProblem.length) { try ActEvidence.validated(kind: .deathCertificate, documentNumber: "12") }
        #expect(throws: ActEvidenceProblem.length) {
            try ActEvidence.validated(kind: .deathCertificate, documentNumber: String(repeating: "1", count: 33))
        }
        #expect(throws: ActEvidenceProblem.characters) {
            try ActEvidence.validated(kind: .deathCertificate, documentNumber: "2026 0412")
        }
        #expect(throws: ActEvidenceProblem.characters) {
            try ActEvidence.validated(kind: .deathCertificate, documentNumber: "=1+2;x")
        }
    }
}
