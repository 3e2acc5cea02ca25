import Testing
@testable import KioskDomain

/// Guo Fa [2014] No. 8 §8: a person whose household registration moved applies at the destination, and the whole
/// personal-account balance moves; people drawing a pension do not transfer.
struct TransferDecisionTests {
    typealias F = DomainFixtures

    func decide(_ person: Person, _ account: InsuranceAccount, from region: String) -> ServiceOutcome<TransferDecision> {
        TransferDecision.decide(person: person, account: account, history: F.history(person, years: 2020...2024),
                                policy: F.policy(on: "2025-06-01"), fromRegion: region, serviceCounty: F.county,
                                reason: .householdMoved, today: F.day("2025-06-01"))
    }

    @Test func aPersonRegisteredHereAppliesToTransferInAndTheAccountHereIsNotFrozen() throws {
        let person = F.person(born: "1985-01-01")
        let decision = try #require(decide(person, F.paying(person), from: "440106").decision)
        #expect(decision.request.fromRegion == "440106")
        #expect(decision.request.destinationRegion == F.county)
        #expect(!decision.account.transferPending)
        #expect(decision.account == F.paying(person))
        let next = ContributionDecision.decide(person: person, account: decision.account, history: ServiceHistory(),
                                               policy: F.policy(on: "2025-06-01"),
                                               request: ContributionRequest(tierYuan: 100, channel: .taxOffice),
                                               today: F.day("2025-06-01"))
        #expect(next.refusals.isEmpty)
    }

    @Test func aPersonNotYetEnrolledHereCanApplyToo() throws {
        let person = F.person(born: "1985-01-01")
        #expect(decide(person, .notEnrolled(person.id), from: "440106").decision != nil)
    }

    @Test func pensionersSameCountyBadCodesAndPeopleRegisteredElsewhereAreRefused() {
        let person = F.person(born: "1985-01-01")
        var pensioner = F.paying(person)
        pensioner.status = .receivingPension
        #expect(decide(person, pensioner, from: "440106").refusals == [.alreadyReceivingPension])
        #expect(decide(person, F.paying(person), from: "450124").refusals == [.sameRegion])
        #expect(decide(person, F.paying(person), from: "4401").refusals == [.invalidRegion("4401")])
        #expect(decide(person, F.paying(person), from: "440100").refusals == [.invalidRegion("440100")])
        var elsewhere = person
        elsewhere.registeredRegion = "440106"
        #expect(decide(elsewhere, F.paying(elsewhere), from: "440105").refusals == [.notRegisteredHere(region: "440106")])
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
                                                                policy: policy, policies: F.book, request: request,
                                                                today: F.day("2025-05-06")).decision)
        let c = decision.cancellation
        #expect(c.lastPensionMonth == F.day("2025-03-01"))
        // April and May 2025 paid after the death: 143 + 20 (8 years, no long-service addition) + 20 = 183 each.
        #expect(c.overpaidPension == .yuan(183 * 2))
        let balance = PersonalAccount.balance(of: history.contributions, on: F.day("2025-05-06"),
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        // Decree No. 765 art. 46: the months overpaid come off the heir's refund.
        #expect(c.refund == balance.total - .yuan(20 * 14) - .yuan(183 * 2))
        #expect(c.status == .pending)
        #expect(decision.account.status == .receivingPension, "nothing is terminated before the county accepts")
        #expect(decision.account.cancellationPending)
        #expect(decision.person.diedOn == F.day("2025-03-10"))
    }

    @Test func settlingAbroadIsAnApplicationThatWouldRefundOnlyThePersonalPart() throws {
        let person = F.person(born: "1985-01-01")
        let history = F.history(person, years: 2020...2024)
        let request = CancellationRequest(reason: .settledAbroad, effectiveOn: F.day("2025-06-01"), evidence: "",
                                          payeeName: "本人")
        let decision = try #require(CancellationDecision.decide(person: person, account: F.paying(person), history: history,
                                                                policy: F.policy(on: "2025-06-01"), policies: F.book,
                                                                request: request, today: F.day("2025-06-01")).decision)
        #expect(decision.account.status == .paying && decision.account.cancellationPending)
        #expect(decision.cancellation.status == .pending)
        #expect(decision.cancellation.refundSubsidy == .zero)
        #expect(decision.cancellation.refundPersonal > .yuan(1000))
        #expect(decision.cancellation.lastPensionMonth == nil)
    }

    @Test func futureDatesAndAccountsWithoutEnrolmentAreRefused() {
        let person = F.person(born: "1985-01-01")
        let request = CancellationRequest(reason: .death, effectiveOn: F.day("2025-06-02"), evidence: "", payeeName: "")
        let outcome = CancellationDecision.decide(person: person, account: .notEnrolled(person.id),
                                                  history: ServiceHistory(), policy: F.policy(on: "2025-06-01"),
                                                  policies: F.book, request: request, today: F.day("2025-06-01"))
        #expect(outcome.refusals == [.notEnrolled, .dateInFuture(F.day("2025-06-02"))])
    }

    /// The grounds are death, settling abroad with loss of nationality, and drawing another basic pension (Guo Fa
    /// [2014] No. 8 §8, 人社部发〔2014〕17号): moving is a transfer, the employees' scheme keeps both accounts.
    @Test func movingJoiningTheEmployeesSchemeAndOtherAreNotGrounds() {
        let person = F.person(born: "1985-01-01")
        for reason in [CancellationReason.settledElsewhere, .joinedEmployeeScheme, .other] {
            let request = CancellationRequest(reason: reason, effectiveOn: F.day("2025-06-01"), evidence: "", payeeName: "本人")
            let outcome = CancellationDecision.decide(person: person, account: F.paying(person), history: ServiceHistory(),
                                                      policy: F.policy(on: "2025-06-01"), policies: F.book,
                                                      request: request, today: F.day("2025-06-01"))
            #expect(outcome.refusals == [.notACancellationGround], "\(reason)")
        }
        #expect(CancellationReason.grounds == [.death, .settledAbroad, .duplicate])
    }

    @Test func aSecondApplicationWaitsForTheFirst() {
        let person = F.person(born: "1985-01-01")
        var account = F.paying(person)
        account.cancellationPending = true
        let request = CancellationRequest(reason: .duplicate, effectiveOn: F.day("2025-06-01"), evidence: "", payeeName: "本人")
        let outcome = CancellationDecision.decide(person: person, account: account, history: ServiceHistory(),
                                                  policy: F.policy(on: "2025-06-01"), policies: F.book,
                                                  request: request, today: F.day("2025-06-01"))
        #expect(outcome.refusals == [.cancellationPending])
    }

    /// With no heir the balance returns to the fund, recorded, and nothing is refunded.
    @Test func withNoHeirTheBalanceReturnsToTheFund() throws {
        let person = F.person(born: "1980-01-01")
        let history = F.history(person, years: 2020...2024)
        let request = CancellationRequest(reason: .death, effectiveOn: F.day("2025-06-01"), evidence: "死亡证明",
                                          payeeName: "", hasHeir: false)
        let policy = F.policy(on: "2025-06-10")
        let decision = try #require(CancellationDecision.decide(person: person, account: F.paying(person), history: history,
                                                                policy: policy, policies: F.book, request: request,
                                                                today: F.day("2025-06-10")).decision)
        let balance = PersonalAccount.balance(of: history.contributions, on: F.day("2025-06-10"),
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        #expect(decision.cancellation.refund == .zero)
        #expect(decision.cancellation.returnedToFund == balance.total)
    }

    /// The county's ruling, applied later: accepted terminates the account on the ground; refused leaves it as it was.
    @Test func theCountysRulingTerminatesOrLeavesTheAccount() {
        let person = F.person(born: "1985-01-01")
        var account = F.paying(person)
        account.cancellationPending = true
        let accepted = CountyCancellationRuling(accepted: true, decidedOn: F.day("2025-07-01")).apply(to: account, ground: .settledAbroad)
        #expect(accepted.status == .terminated && accepted.terminationReason == .settledAbroad && !accepted.cancellationPending)
        let refused = CountyCancellationRuling(accepted: false, decidedOn: F.day("2025-07-01"), note: "证明不全")
            .apply(to: account, ground: .settledAbroad)
        #expect(refused.status == .paying && refused.terminationReason == nil && !refused.cancellationPending)
    }
}
