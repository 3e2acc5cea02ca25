import Testing
@testable import KioskDomain

struct BenefitClaimDecisionTests {
    typealias F = DomainFixtures
    let bank = BankAccount(bank: "广西农村信用社", accountNumber: "6230990012345678")

    func decide(_ person: Person, _ history: ServiceHistory, on day: String,
                account: InsuranceAccount? = nil) -> ServiceOutcome<BenefitClaimDecision> {
        BenefitClaimDecision.decide(person: person, account: account ?? F.paying(person), history: history,
                                    policy: F.policy(on: day), bankAccount: bank, today: F.day(day))
    }

    @Test func sixtiethBirthdayIsTheFirstDayToClaim() throws {
        let person = F.person(born: "1965-04-10")
        let history = F.history(person, years: 2012...2024)
        #expect(decide(person, history, on: "2025-04-09").refusals == [.belowPensionAge(eligibleOn: F.day("2025-04-10"))])
        let decision = try #require(decide(person, history, on: "2025-04-10").decision)
        #expect(decision.claim.startMonth == F.day("2025-05-01"))
        #expect(decision.account.status == .receivingPension)
        #expect(decision.account.certifiedUntil == F.day("2026-04-10"))
        let estimate = decision.claim.estimate
        #expect(estimate.divisor == 139)
        #expect(estimate.basicPension == .yuan(163))
        #expect(estimate.monthly == estimate.basicPension + estimate.balance.total.divided(by: 139))
        #expect(decision.account.monthlyPension == estimate.monthly)
    }

    @Test func leapDayBirthReachesSixtyOnFirstMarch() {
        let person = F.person(born: "1964-02-29")
        let history = F.history(person, years: 2012...2024)
        #expect(decide(person, history, on: "2024-02-28").decision == nil)
        #expect(decide(person, history, on: "2024-02-29").decision != nil)
        #expect(F.day("1964-02-29").anniversary(61) == F.day("2025-03-01"))
    }

    @Test func shortYearsAreRefusedWithTheBackPaymentThatWouldReachThem() {
        // Born 1965: required min(15, 2025 - 2012) = 13 years; 10 paid.
        let person = F.person(born: "1965-03-15")
        let refusal = decide(person, F.history(person, years: 2013...2022), on: "2025-06-01").refusals
        #expect(refusal == [.insufficientYears(paid: 10, required: 13, short: 3, backPayment: .yuan(300))])
        #expect(refusal.first?.parameters["amount"] == "300.00")
    }

    @Test func peopleAlreadySixtyWhenTheSchemeStartedNeedNoContributions() {
        let person = F.person(born: "1950-05-01")
        #expect(BackPaymentPlan.requiredYears(birthDate: person.birthDate, policy: F.policy(on: "2025-01-01")) == 0)
        #expect(decide(person, ServiceHistory(), on: "2025-06-01").decision?.claim.estimate.monthly == .yuan(163))
    }

    @Test func longServiceAddsToTheBasicPension() {
        #expect(F.policy(on: "2025-01-01").basicPension(contributionYears: 20) == .yuan(143 + 20 + 5 * 2))
    }

    @Test func pensionersCannotClaimTwice() {
        let person = F.person(born: "1950-05-01")
        var account = F.paying(person)
        account.status = .pensionSuspended
        #expect(decide(person, ServiceHistory(), on: "2025-06-01", account: account).refusals == [.alreadyReceivingPension])
    }

    @Test func personalAccountEarnsYearlyCompoundInterest() {
        let person = F.person(born: "1970-01-01")
        let history = F.history(person, years: 2023...2024, tier: 100, subsidy: 30)
        let balance = PersonalAccount.balance(of: history.contributions, on: F.day("2025-06-01"), interestRateBasisPoints: 150)
        #expect(balance.personal == Money(fen: 20452))
        #expect(balance.subsidy == Money(fen: 6136))
    }

    /// One basic pension only (Guo Fa [2014] No. 8 §8; 人社部发〔2014〕17号): someone already drawing the
    /// employees' pension is refused, with the reason.
    @Test func aPersonDrawingAnotherBasicPensionIsRefusedTheClaim() {
        var person = F.person(born: "1965-04-10")
        person.drawsOtherBasicPension = true
        let history = F.history(person, years: 2012...2024)
        #expect(decide(person, history, on: "2025-06-10").refusals == [.drawingOtherBasicPension])
        #expect(ServiceRefusal.drawingOtherBasicPension.messageKey == "refusal.drawingOtherBasicPension")
    }
}
