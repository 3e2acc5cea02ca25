import Testing
@testable import KioskDomain

struct ContributionDecisionTests {
    typealias F = DomainFixtures

    func decide(_ person: Person, _ history: ServiceHistory = ServiceHistory(), on day: String, tier: Int = 500,
                current: Bool = true, back: Int = 0, account: InsuranceAccount? = nil) -> ServiceOutcome<ContributionDecision> {
        ContributionDecision.decide(person: person, account: account ?? F.paying(person), history: history,
                                    policy: F.policy(on: day),
                                    request: ContributionRequest(tierYuan: tier, channel: .bankWithholding,
                                                                 includeCurrentYear: current, backPaymentYears: back),
                                    today: F.day(day))
    }

    @Test func regularContributionGetsTheTierSubsidy() throws {
        let decision = try #require(decide(F.person(born: "1980-01-01"), on: "2025-03-01").decision)
        #expect(decision.contributions.count == 1)
        #expect(decision.contributions[0].year == 2025)
        #expect(decision.personalTotal == .yuan(500))
        #expect(decision.subsidyTotal == .yuan(70))
        #expect(decision.contributions[0].kind == .regular)
    }

    @Test func lastDayOfTheWindowIsAcceptedAndTheNextRefused() {
        let person = F.person(born: "1980-01-01")
        #expect(decide(person, on: "2025-12-20").decision != nil)
        #expect(decide(person, on: "2025-12-21").refusals
            == [.outsideContributionWindow(opens: F.day("2025-01-01"), closes: F.day("2025-12-20"))])
    }

    @Test func aYearIsPaidOnlyOnce() {
        let person = F.person(born: "1980-01-01")
        #expect(decide(person, F.history(person, years: 2024...2025), on: "2025-03-01").refusals == [.alreadyPaid(year: 2025)])
    }

    @Test func suspendedPayersResumeAndOthersAreRefused() throws {
        let person = F.person(born: "1980-01-01")
        var suspended = F.paying(person)
        suspended.status = .paymentSuspended
        #expect(try #require(decide(person, on: "2025-03-01", account: suspended).decision).account.status == .paying)
        #expect(decide(person, on: "2025-03-01", account: .notEnrolled(person.id)).refusals == [.notEnrolled])
        var pensioner = suspended
        pensioner.status = .receivingPension
        #expect(decide(person, on: "2025-03-01", account: pensioner).refusals == [.alreadyReceivingPension])
        var frozen = F.paying(person)
        frozen.transferPending = true
        #expect(decide(person, on: "2025-03-01", account: frozen).refusals == [.transferPending])
        #expect(decide(person, on: "2025-03-01", tier: 550).refusals == [.tierNotOffered(yuan: 550)])
    }

    @Test func regularContributionsStopInTheYearOfTheSixtiethBirthday() {
        let person = F.person(born: "1965-11-30")
        #expect(decide(person, on: "2025-03-01").refusals.contains(.pastContributionAge(pensionAge: 60)))
        #expect(decide(F.person(born: "1966-01-01"), on: "2025-03-01").decision != nil)
    }

    @Test func backPaymentCoversExactlyTheShortYearsWithoutSubsidy() throws {
        // Born 1966: 14 years required; 2013-2020 paid (8), 2025 payable -> 5 short.
        let person = F.person(born: "1966-03-15")
        let history = F.history(person, years: 2013...2020)
        #expect(decide(person, history, on: "2025-06-01", back: 6).refusals == [.tooManyBackPaymentYears(maximum: 5)])
        let decision = try #require(decide(person, history, on: "2025-06-01", tier: 100, back: 5).decision)
        let back = decision.contributions.filter { $0.kind == .backPayment }
        #expect(back.map(\.year) == [2012, 2021, 2022, 2023, 2024])
        #expect(back.allSatisfy { $0.subsidy == .zero && $0.personal == .yuan(100) })
        #expect(decision.personalTotal == .yuan(600))
    }

    @Test func backPaymentIsRefusedWhenYoungOrNotShort() {
        let young = F.person(born: "1980-01-01")
        #expect(decide(young, on: "2025-06-01", back: 1).refusals == [.backPaymentTooYoung(fromAge: 50)])
        let onTrack = F.person(born: "1970-01-01")
        #expect(decide(onTrack, F.history(onTrack, years: 2013...2024), on: "2025-06-01", back: 1).refusals
            == [.nothingToBackPay])
    }

    @Test func atSixtyOnlyBackPaymentRemains() throws {
        // Born 1964-08-01: 60 in 2024, required min(15, 2024-2012) = 12; paid 2013-2022 (10) -> 2 short.
        let person = F.person(born: "1964-08-01")
        let history = F.history(person, years: 2013...2022)
        let decision = try #require(decide(person, history, on: "2025-02-01", tier: 100, current: false, back: 2).decision)
        #expect(decision.contributions.map(\.year) == [2012, 2023])
    }
}
