import Testing
@testable import KioskDomain

struct CertificationDecisionTests {
    typealias F = DomainFixtures

    func pensioner(due: String) -> (Person, InsuranceAccount) {
        let person = F.person(born: "1950-05-01")
        var account = F.paying(person)
        account.status = .receivingPension
        account.pensionStartMonth = F.day("2012-08-01")
        account.monthlyPension = .yuan(163)
        account.certifiedUntil = F.day(due)
        return (person, account)
    }

    func decide(_ person: Person, _ account: InsuranceAccount, on day: String) -> ServiceOutcome<CertificationDecision> {
        CertificationDecision.decide(person: person, account: account, policy: F.policy(on: day), method: .terminal,
                                     today: F.day(day))
    }

    @Test func certificationDueTodayIsAcceptedAndTheCycleKeepsItsDay() throws {
        let (person, account) = pensioner(due: "2025-06-15")
        let decision = try #require(decide(person, account, on: "2025-06-15").decision)
        #expect(decision.certification.nextDue == F.day("2026-06-15"))
        #expect(decision.certification.backPay == .zero)
        #expect(decision.account.certifiedUntil == F.day("2026-06-15"))
    }

    @Test func certificationOpensNinetyDaysBeforeItIsDue() {
        let (person, account) = pensioner(due: "2025-06-15")
        #expect(decide(person, account, on: "2025-03-17").decision != nil)
        #expect(decide(person, account, on: "2025-03-16").refusals
            == [.certificationNotDue(opensOn: F.day("2025-03-17"), dueOn: F.day("2025-06-15"))])
    }

    @Test func aMissedCertificationSuspendsFromTheNextMonth() throws {
        let (_, account) = pensioner(due: "2025-01-15")
        #expect(PensionSuspension.ifOverdue(account: account, today: F.day("2025-01-15")) == nil)
        let suspension = try #require(PensionSuspension.ifOverdue(account: account, today: F.day("2025-01-16")))
        #expect(suspension.fromMonth == F.day("2025-02-01"))
        #expect(suspension.account.status == .pensionSuspended)
    }

    @Test func aLateCertificationResumesAndBackPaysTheSuspendedMonths() throws {
        let (person, account) = pensioner(due: "2025-01-15")
        let suspended = try #require(PensionSuspension.ifOverdue(account: account, today: F.day("2025-02-03"))).account
        let decision = try #require(decide(person, suspended, on: "2025-06-10").decision)
        #expect(decision.certification.backPaidMonths == 4)
        #expect(decision.certification.backPay == .yuan(163 * 4))
        #expect(decision.certification.nextDue == F.day("2026-06-10"))
        #expect(decision.account.status == .receivingPension)
        #expect(decision.account.suspendedFromMonth == nil)
    }

    @Test func onlyPensionersCertify() {
        let person = F.person(born: "1980-01-01")
        #expect(decide(person, F.paying(person), on: "2025-06-10").refusals == [.notReceivingPension])
    }
}
