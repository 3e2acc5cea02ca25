import Testing
@testable import KioskDomain

/// Pensions in payment follow the table in force each month; the personal-account part stays as at the claim.
struct PensionInPaymentTests {
    typealias F = DomainFixtures

    func payment(personal: Money, years: Int) throws -> PensionInPayment {
        let person = F.person(born: "1960-03-10")
        let account = InsuranceAccount(personID: person.id, status: .receivingPension,
                                       pensionStartMonth: F.day("2023-06-01"), monthlyPension: .yuan(123) + personal,
                                       personalAccountPension: personal)
        return try #require(PensionInPayment(account: account, contributionYears: years, region: F.county,
                                             policies: F.book))
    }

    /// Central minimum 103 (2023), 123 (2024), 143 (2025), 163 (2026) plus the assumed Guangxi top-up of 20 and
    /// 2 yuan a month for each year beyond 15 (Guo Fa [2014] No. 8 §6(1)); 17 years give 2 x 2 = 4 yuan.
    @Test func theBasicPensionIsRaisedWhenANewTableTakesEffect() throws {
        let pension = try payment(personal: Money(fen: 1234), years: 17)
        #expect(pension.amount(for: F.day("2023-12-01")) == .yuan(103 + 20 + 4) + Money(fen: 1234))
        #expect(pension.amount(for: F.day("2024-01-15")) == .yuan(123 + 20 + 4) + Money(fen: 1234))
        #expect(pension.amount(for: F.day("2025-12-31")) == .yuan(143 + 20 + 4) + Money(fen: 1234))
        #expect(pension.amount(for: F.day("2026-01-01")) == .yuan(163 + 20 + 4) + Money(fen: 1234))
    }

    @Test func monthsAreCountedInclusivelyAcrossTheYearEnd() throws {
        let pension = try payment(personal: .zero, years: 15)
        let months = pension.months(from: F.day("2025-11-20"), through: F.day("2026-02-03"))
        #expect(months.map(\.month) == [F.day("2025-11-01"), F.day("2025-12-01"), F.day("2026-01-01"), F.day("2026-02-01")])
        #expect(months.map(\.amount) == [.yuan(163), .yuan(163), .yuan(183), .yuan(183)])
        #expect(pension.total(from: F.day("2025-11-01"), through: F.day("2026-02-01")) == .yuan(692))
        #expect(pension.months(from: F.day("2026-02-01"), through: F.day("2026-01-31")).isEmpty)
    }

    @Test func aMonthWithoutATableIsPaidAtTheAmountFixedAtTheClaim() throws {
        let pension = try payment(personal: .yuan(5), years: 15)
        #expect(pension.amount(for: F.day("2022-12-01")) == .yuan(128))
    }

    @Test func noPensionWasClaimedOnAPayingAccount() {
        let person = F.person(born: "1980-01-01")
        #expect(PensionInPayment(account: F.paying(person), contributionYears: 3, region: F.county, policies: F.book) == nil)
    }
}
