import Testing
@testable import KioskDomain

/// Cases worked by hand, row by row, in these comments; the code under test only has to agree with them.
///
/// Rules used (Guangxi tables, `Assets/policy/guangxi-*.json`): tier 100 yuan gets a 30 yuan subsidy and tier 200
/// a 40 yuan subsidy (assumed); interest 1.50 % a year (assumed), credited at each year end on each part separately
/// and rounded half up to the fen; basic pension = central minimum (143 in 2025, 163 in 2026) + 20 top-up (assumed)
/// + 2 a month per year beyond 15 (assumed; §6(1)); personal-account pension = balance / 139, rounded half up to
/// the fen (Guo Fa [2014] No. 8 §6(2)); the pension starts the month after the claim (assumed).
struct HandWorkedCasesTests {
    typealias F = DomainFixtures

    /// Case 1: born 1966-03-10, 60 on 2026-03-10, paid 100 yuan a year for 2011-2025 (15 years), claims 2026-03-20.
    ///
    /// Personal part (fen): 2011: 10000. Each later year: previous + interest (1.5 %, rounded) + 10000:
    /// 2012 +150 = 20150; 2013 +302 = 30452; 2014 +457 = 40909; 2015 +614 = 51523; 2016 +773 = 62296;
    /// 2017 +934 = 73230; 2018 +1098 = 84328; 2019 +1265 = 95593; 2020 +1434 = 107027; 2021 +1605 = 118632;
    /// 2022 +1779 = 130411; 2023 +1956 = 142367; 2024 +2136 = 154503; 2025 +2318 = 166821;
    /// 2026 (interest on 2025's balance, no credit) +2502 = 169323.
    /// Subsidy part (fen): 2011: 3000; 2012 +45 = 6045; 2013 +91 = 9136; 2014 +137 = 12273; 2015 +184 = 15457;
    /// 2016 +232 = 18689; 2017 +280 = 21969; 2018 +330 = 25299; 2019 +379 = 28678; 2020 +430 = 32108;
    /// 2021 +482 = 35590; 2022 +534 = 39124; 2023 +587 = 42711; 2024 +641 = 46352; 2025 +695 = 50047;
    /// 2026 +751 = 50798.
    /// Balance 169323 + 50798 = 220121 fen = 2201.21 yuan; / 139 = 15.836 -> 15.84 yuan.
    /// Basic pension (2026 table): 163 + 20 + 0 = 183. Monthly: 183 + 15.84 = 198.84 yuan, from 2026-04-01.
    static let case1Person = F.person(born: "1966-03-10", sequence: 101)
    static let case1History = F.history(case1Person, years: 2011...2025, tier: 100, subsidy: 30)

    @Test func case1SixtyYearOldWithFifteenYearsAtOneHundredYuan() throws {
        let person = Self.case1Person
        let decision = try #require(claim(person, history: Self.case1History, on: "2026-03-20").decision)
        let estimate = decision.claim.estimate
        #expect(estimate.balance.personal == Money(fen: 169323))
        #expect(estimate.balance.subsidy == Money(fen: 50798))
        #expect(estimate.divisor == 139)
        #expect(estimate.personalAccountPension == Money(fen: 1584))
        #expect(estimate.basicPension == .yuan(183))
        #expect(estimate.monthly == Money(fen: 19884))
        #expect(decision.claim.startMonth == F.day("2026-04-01"))
    }

    /// Case 2, a late claim: born 1965-05-10, 60 on 2025-05-10, paid 200 yuan a year for 2010-2025 (16 years),
    /// claims only on 2026-11-30, aged 61. The divisor stays 139 (no age table: §6(2)).
    ///
    /// Personal part (fen): 2010: 20000; 2011 +300 = 40300; 2012 +605 = 60905; 2013 +914 = 81819;
    /// 2014 +1227 = 103046; 2015 +1546 = 124592; 2016 +1869 = 146461; 2017 +2197 = 168658; 2018 +2530 = 191188;
    /// 2019 +2868 = 214056; 2020 +3211 = 237267; 2021 +3559 = 260826; 2022 +3912 = 284738; 2023 +4271 = 309009;
    /// 2024 +4635 = 333644; 2025 +5005 = 358649; 2026 +5380 = 364029.
    /// Subsidy part (fen): 2010: 4000; 2011 +60 = 8060; 2012 +121 = 12181; 2013 +183 = 16364; 2014 +245 = 20609;
    /// 2015 +309 = 24918; 2016 +374 = 29292; 2017 +439 = 33731; 2018 +506 = 38237; 2019 +574 = 42811;
    /// 2020 +642 = 47453; 2021 +712 = 52165; 2022 +782 = 56947; 2023 +854 = 61801; 2024 +927 = 66728;
    /// 2025 +1001 = 71729; 2026 +1076 = 72805.
    /// Balance 364029 + 72805 = 436834 fen; / 139 = 3142.69 -> 31.43 yuan (the old age-61 divisor 132 gave 33.09).
    /// Basic pension (2026): 163 + 20 + 2 x (16 - 15) = 185. Monthly 185 + 31.43 = 216.43 yuan, from 2026-12-01.
    @Test func case2LateClaimAtSixtyOneKeepsTheDivisor139() throws {
        let person = F.person(born: "1965-05-10", sequence: 102)
        let history = F.history(person, years: 2010...2025, tier: 200, subsidy: 40)
        let decision = try #require(claim(person, history: history, on: "2026-11-30").decision)
        let estimate = decision.claim.estimate
        #expect(estimate.balance.total == Money(fen: 436834))
        #expect(estimate.divisor == 139)
        #expect(estimate.personalAccountPension == Money(fen: 3143))
        #expect(estimate.basicPension == .yuan(185))
        #expect(estimate.monthly == Money(fen: 21643))
        #expect(decision.claim.startMonth == F.day("2026-12-01"))
    }

    /// Case 3, a death with months overpaid: case 1's pensioner (198.84 a month from 2026-04-01, 15.84 of it from the
    /// personal account) dies on 2026-08-15; the heir applies on 2026-11-30, so September, October and November
    /// were paid after the month of death.
    /// Paid through August (the month of death): April-August = 5 months drawn from the account, 5 x 15.84 = 79.20.
    /// Balance on 2026-11-30 is still 2201.21 (no year end since the claim); left: 2201.21 - 79.20 = 2122.01.
    /// Split as the balance: personal 212201 x 169323 / 220121 = 163230.3 -> 1632.30; subsidy 2122.01 - 1632.30
    /// = 489.71 (refunded on death: refund.subsidyOnDeath).
    /// Overpaid: 3 months x (163 + 20 + 15.84) = 3 x 198.84 = 596.52, deducted (Decree No. 765 art. 46):
    /// the heir receives 2122.01 - 596.52 = 1525.49 yuan once the county accepts.
    @Test func case3DeathWithMonthsOverpaidIsDeductedFromTheHeirsRefund() throws {
        let person = Self.case1Person
        let account = InsuranceAccount(personID: person.id, status: .receivingPension, enrolledOn: F.day("2011-03-01"),
                                       tierYuan: 100, pensionStartMonth: F.day("2026-04-01"),
                                       monthlyPension: Money(fen: 19884), personalAccountPension: Money(fen: 1584),
                                       certifiedUntil: F.day("2027-03-20"))
        let request = CancellationRequest(reason: .death, effectiveOn: F.day("2026-08-15"), evidence: "死亡证明",
                                          payeeName: "")
        let decision = try #require(CancellationDecision.decide(
            person: person, account: account, history: Self.case1History, policy: F.policy(on: "2026-11-30"),
            policies: F.book, request: request, today: F.day("2026-11-30")).decision)
        let c = decision.cancellation
        #expect(c.lastPensionMonth == F.day("2026-08-01"))
        #expect(c.refundPersonal == Money(fen: 163230))
        #expect(c.refundSubsidy == Money(fen: 48971))
        #expect(c.overpaidPension == Money(fen: 59652))
        #expect(c.refund == Money(fen: 152549))
        #expect(c.status == .pending)
    }

    /// Case 4, suspended and resumed: case 1's pension (15.84 personal-account part, 15 years) in payment since
    /// 2025-01-01 in this variant, last certified 2024-10-15, so due 2025-10-15.
    /// Missed: suspended from 2025-11-01 (the month after the due month). Certifies on 2026-02-10.
    /// Back-pay: November 2025 = 143 + 20 + 15.84 = 178.84; December 2025 = 178.84; January 2026 = 163 + 20 + 15.84
    /// = 198.84. Total 556.52 yuan for 3 months. February 2026 is paid in the normal run at 198.84.
    /// Next due: 12 months after the certification, 2027-02-10.
    @Test func case4SuspendedAndResumedPensionerIsBackPaidMonthByMonth() throws {
        let person = Self.case1Person
        let account = InsuranceAccount(personID: person.id, status: .receivingPension, enrolledOn: F.day("2011-03-01"),
                                       tierYuan: 100, pensionStartMonth: F.day("2025-01-01"),
                                       monthlyPension: Money(fen: 17884), personalAccountPension: Money(fen: 1584),
                                       certifiedUntil: F.day("2025-10-15"))
        #expect(PensionSuspension.ifOverdue(account: account, today: F.day("2025-10-15")) == nil)
        let suspension = try #require(PensionSuspension.ifOverdue(account: account, today: F.day("2025-10-16")))
        #expect(suspension.fromMonth == F.day("2025-11-01"))
        let decision = try #require(CertificationDecision.decide(
            person: person, account: suspension.account, history: Self.case1History,
            policy: F.policy(on: "2026-02-10"), policies: F.book, method: .terminal, today: F.day("2026-02-10")).decision)
        #expect(decision.certification.backPaidMonths == 3)
        #expect(decision.certification.backPay == Money(fen: 55652))
        #expect(decision.certification.nextDue == F.day("2027-02-10"))
        let payment = try #require(PensionInPayment(account: decision.account, contributionYears: 15,
                                                    region: person.registeredRegion, policies: F.book))
        #expect(payment.amount(for: F.day("2026-02-01")) == Money(fen: 19884))
    }

    func claim(_ person: Person, history: ServiceHistory, on day: String) -> ServiceOutcome<BenefitClaimDecision> {
        BenefitClaimDecision.decide(person: person, account: F.paying(person, since: "2010-03-01"), history: history,
                                    policy: F.policy(on: day), bankAccount: BankAccount(bank: "农村信用社", accountNumber: "6228480012345678"),
                                    today: F.day(day))
    }
}
