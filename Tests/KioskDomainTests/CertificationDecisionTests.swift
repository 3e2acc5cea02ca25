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

    func decide(_ person: Person, _ account: InsuranceAccount, on day: String,
                history: ServiceHistory = ServiceHistory()) -> ServiceOutcome<CertificationDecision> {
        CertificationDecision.decide(person: person, account: account, history: history, policy: F.policy(on: day),
                                     policies: F.book, method: .terminal, today: F.day(day))
    }

    @Test func certificationDueTodayIsAcceptedAndNextDueTwelveMonthsLater() throws {
        let (person, account) = pensioner(due: "2025-06-15")
        let decision = try #require(decide(person, account, on: "2025-06-15").decision)
        #expect(decision.certification.nextDue == F.day("2026-06-15"))
        #expect(decision.certification.backPay == .zero)
        #expect(decision.account.certifiedUntil == F.day("2026-06-15"))
    }

    /// Certification is possible at any time and two certifications are at most 12 months apart (policy field
    /// `certification`: Decree No. 765 practice): certified two months ago, the pensioner certifies again and the
    /// next due day is 12 months after today, not 12 months after the old due day.
    @Test func certificationIsPossibleAnyTimeAndNextDueIsTwelveMonthsAfterIt() throws {
        // Certified on 2026-09-30, so due 2027-09-30; certifying again on 2026-11-30.
        let (person, account) = pensioner(due: "2027-09-30")
        let decision = try #require(decide(person, account, on: "2026-11-30").decision)
        #expect(decision.certification.nextDue == F.day("2027-11-30"))
        #expect(decision.account.certifiedUntil == F.day("2027-11-30"))
        #expect(decision.certification.backPay == .zero)
    }

    @Test func theNextDueDayCrossesYearEndAndLeapDaysByTheCalendar() throws {
        let (person, account) = pensioner(due: "2027-03-01")
        #expect(try #require(decide(person, account, on: "2026-12-31").decision).certification.nextDue
            == F.day("2027-12-31"))
        #expect(try #require(decide(person, account, on: "2028-02-29").decision).certification.nextDue
            == F.day("2029-02-28"))
    }

    /// The back-pay of a resumed pension is counted month by month at the amount in force for each month: the
    /// basic pension of the table in force that month (Guo Fa [2014] No. 8 §6(1), tables with effectiveFrom) plus
    /// the personal-account part fixed at the claim.
    @Test func backPayAcrossANewTableUsesEachMonthsAmount() throws {
        var (person, account) = pensioner(due: "2025-10-15")
        account.personalAccountPension = .yuan(10)
        account.monthlyPension = .yuan(173)
        account.status = .pensionSuspended
        account.suspendedFromMonth = F.day("2025-11-01")
        person.registeredRegion = F.county
        // No contribution years recorded: no long-service addition.
        // November and December 2025 (guangxi-2025): 143 + 20 top-up + 10 = 173 each.
        // January 2026 (guangxi-2026): 163 + 20 + 10 = 193. February 2026 is paid as the pension resumes.
        // Back-pay = 173 + 173 + 193 = 539 yuan for 3 months.
        let decision = try #require(decide(person, account, on: "2026-02-10").decision)
        #expect(decision.certification.backPaidMonths == 3)
        #expect(decision.certification.backPay == .yuan(539))
        #expect(decision.account.status == .receivingPension)
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
