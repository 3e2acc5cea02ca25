import Testing
@testable import KioskDomain

struct TransferDecisionTests {
    typealias F = DomainFixtures

    func decide(_ person: Person, _ account: InsuranceAccount, to region: String) -> ServiceOutcome<TransferDecision> {
        TransferDecision.decide(person: person, account: account, history: F.history(person, years: 2020...2024),
                                policy: F.policy(on: "2025-06-01"), destinationRegion: region,
                                reason: .householdMoved, today: F.day("2025-06-01"))
    }

    @Test func aPayerCanTransferAndTheAccountIsFrozen() throws {
        let person = F.person(born: "1985-01-01")
        let decision = try #require(decide(person, F.paying(person), to: "440106").decision)
        #expect(decision.account.transferPending)
        #expect(decision.request.balance > .zero)
        let next = ContributionDecision.decide(person: person, account: decision.account, history: ServiceHistory(),
                                               policy: F.policy(on: "2025-06-01"),
                                               request: ContributionRequest(tierYuan: 100, channel: .taxOffice),
                                               today: F.day("2025-06-01"))
        #expect(next.refusals == [.transferPending])
    }

    @Test func pensionersSameCountyAndBadCodesAreRefused() {
        let person = F.person(born: "1985-01-01")
        var pensioner = F.paying(person)
        pensioner.status = .receivingPension
        #expect(decide(person, pensioner, to: "440106").refusals == [.alreadyReceivingPension])
        #expect(decide(person, F.paying(person), to: "450124").refusals == [.sameRegion])
        #expect(decide(person, F.paying(person), to: "4401").refusals == [.invalidRegion("4401")])
        #expect(decide(person, F.paying(person), to: "440100").refusals == [.invalidRegion("440100")])
    }
}

struct CancellationDecisionTests {
    typealias F = DomainFixtures

    @Test func deathOfAPensionerStopsThePensionAfterThatMonthAndRefundsTheRest() throws {
        let person = F.person(born: "1960-01-01")
        let history = F.history(person, years: 2012...2019)
        var account = F.paying(person)
        account.status = .receivingPension
        account.pensionStartMonth = F.day("2024-02-01")
        account.monthlyPension = .yuan(183)
        account.personalAccountPension = .yuan(20)
        let policy = F.policy(on: "2025-05-06")
        let request = CancellationRequest(reason: .death, effectiveOn: F.day("2025-03-10"), evidence: "死亡证明",
                                          payeeName: "韦建国")
        let decision = try #require(CancellationDecision.decide(person: person, account: account, history: history,
                                                                policy: policy, request: request,
                                                                today: F.day("2025-05-06")).decision)
        let c = decision.cancellation
        #expect(c.lastPensionMonth == F.day("2025-03-01"))
        #expect(c.overpaidPension == .yuan(183 * 2))
        let balance = PersonalAccount.balance(of: history.contributions, on: F.day("2025-05-06"),
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        #expect(c.refund == balance.total - .yuan(20 * 14))
        #expect(decision.account.status == .terminated)
        #expect(decision.person.diedOn == F.day("2025-03-10"))
    }

    @Test func settlingElsewhereRefundsOnlyThePersonalPart() throws {
        let person = F.person(born: "1985-01-01")
        let history = F.history(person, years: 2020...2024)
        let request = CancellationRequest(reason: .settledElsewhere, effectiveOn: F.day("2025-06-01"), evidence: "",
                                          payeeName: "本人")
        let decision = try #require(CancellationDecision.decide(person: person, account: F.paying(person), history: history,
                                                                policy: F.policy(on: "2025-06-01"), request: request,
                                                                today: F.day("2025-06-01")).decision)
        #expect(decision.cancellation.refundSubsidy == .zero)
        #expect(decision.cancellation.refundPersonal > .yuan(1000))
        #expect(decision.cancellation.lastPensionMonth == nil)
    }

    @Test func futureDatesAndAccountsWithoutEnrolmentAreRefused() {
        let person = F.person(born: "1985-01-01")
        let request = CancellationRequest(reason: .death, effectiveOn: F.day("2025-06-02"), evidence: "", payeeName: "")
        let outcome = CancellationDecision.decide(person: person, account: .notEnrolled(person.id),
                                                  history: ServiceHistory(), policy: F.policy(on: "2025-06-01"),
                                                  request: request, today: F.day("2025-06-01"))
        #expect(outcome.refusals == [.notEnrolled, .dateInFuture(F.day("2025-06-02"))])
    }
}
