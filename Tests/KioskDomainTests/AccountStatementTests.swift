@testable import KioskDomain
import Testing

/// The personal account year by year and the projected pension at 60, worked by hand for one person:
/// born 1980-05-10, Guangxi, tier 300 (subsidy 50), paid 2023-2025 in June, seen on 2026-11-30, 1.50 % a year.
struct AccountStatementTests {
    typealias F = DomainFixtures
    static let today = F.day("2026-11-30")

    static func payer(tier: Int = 300, born: String = "1980-05-10") -> (Person, InsuranceAccount, ServiceHistory) {
        let person = F.person(born: born)
        return (person, F.paying(person, since: "2023-03-01", tier: tier),
                F.history(person, years: 2023...2025, tier: 300, subsidy: 50))
    }

    @Test("each year's contributions, subsidies, interest and balance match the hand-worked figures")
    func yearByYear() {
        let (person, _, history) = Self.payer()
        let statement = AccountStatement.make(contributions: history.contributions, on: Self.today,
                                              region: person.registeredRegion, policies: F.book)
        // 2024: 350.00 x 1.5 % = 4.50 + 0.75; 2025: 604.50 x 1.5 % = 9.07 (9.0675), 100.75 x 1.5 % = 1.51 (1.51125);
        // 2026: 913.57 x 1.5 % = 13.70 (13.70355), 152.26 x 1.5 % = 2.28 (2.2839); nothing credited in 2026 yet.
        #expect(statement.years.map(\.year) == [2023, 2024, 2025, 2026])
        #expect(statement.years.map(\.contributions) == [.yuan(300), .yuan(300), .yuan(300), .zero])
        #expect(statement.years.map(\.subsidies) == [.yuan(50), .yuan(50), .yuan(50), .zero])
        #expect(statement.years.map(\.interest) == [.zero, Money(fen: 525), Money(fen: 1058), Money(fen: 1598)])
        #expect(statement.years.map(\.balance.total) == [Money(fen: 35000), Money(fen: 70525), Money(fen: 106583),
                                                         Money(fen: 108181)])
        #expect(statement.balance == PersonalAccount(personal: Money(fen: 92727), subsidy: Money(fen: 15454)))
        #expect(statement.totalInterest == Money(fen: 3181))
        #expect(statement.years.map(\.rateBasisPoints) == [0, 150, 150, 150])
    }

    @Test("the single-rate balance is the statement's balance (one implementation)")
    func singleRateAgrees() {
        let (_, _, history) = Self.payer()
        let balance = PersonalAccount.balance(of: history.contributions, on: Self.today, interestRateBasisPoints: 150)
        #expect(balance.total == Money(fen: 108181))
    }

    @Test("each year earns the rate of the table in force that year")
    func ratePerYear() throws {
        let (person, _, history) = Self.payer()
        let tables = F.book.tables.map { table -> PolicyTable in
            var table = table
            if table.effectiveFrom.year == 2024 { table.interestRateBasisPoints = 300 }
            return table
        }
        let statement = AccountStatement.make(contributions: history.contributions, on: Self.today,
                                              region: person.registeredRegion, policies: PolicyBook(tables: tables))
        // 2024 at 3 %: 300 x 3 % = 9.00 and 50 x 3 % = 1.50; the other years stay at 1.5 %.
        #expect(statement.years[1].interest == Money(fen: 1050))
        #expect(statement.years[1].rateBasisPoints == 300)
        #expect(statement.years[2].rateBasisPoints == 150)
        // Years before the first table on file take the earliest table's rate.
        #expect(AccountStatement.creditedRate(year: 2015, on: Self.today, region: "450124",
                                              policies: PolicyBook(tables: tables)) == 150)
    }

    @Test("the projection at 60 for the current tier and the next two, with each tier's extra yuan a month")
    func projectionByTier() throws {
        let (person, account, history) = Self.payer()
        let projection = try #require(PensionProjection.make(person: person, account: account, history: history,
                                                             policy: F.policy(on: "2026-11-30"), policies: F.book,
                                                             today: Self.today))
        #expect(projection.pensionAgeDay == F.day("2040-05-10"))
        // 2026 is still payable (window to 12-20) and 2027-2039 follow: 14 more years, 17 in all.
        #expect(projection.tiers.map(\.tierYuan) == [300, 400, 500])
        #expect(projection.tiers.map(\.remainingYears) == [14, 14, 14])
        #expect(projection.tiers.map(\.contributionYears) == [17, 17, 17])
        // Basic pension: 163 + 20 + (17 - 15) x 2 = 187.
        #expect(projection.tiers.map(\.basicPension) == [.yuan(187), .yuan(187), .yuan(187)])
        #expect(projection.tiers.map(\.balance) == [Money(fen: 682_129), Money(fen: 854_631), Money(fen: 1_027_136)])
        // 6821.29 / 139 = 49.07; 8546.31 / 139 = 61.48; 10271.36 / 139 = 73.89.
        #expect(projection.tiers.map(\.personalAccountPension) == [Money(fen: 4907), Money(fen: 6148), Money(fen: 7389)])
        #expect(projection.tiers.map(\.monthly) == [Money(fen: 23607), Money(fen: 24848), Money(fen: 26089)])
        #expect(projection.tiers.map(projection.extraPerMonth) == [.zero, Money(fen: 1241), Money(fen: 2482)])
        #expect(!projection.isShort)
    }

    @Test("the highest tier has no higher ones beside it")
    func highestTier() throws {
        let (person, account, history) = Self.payer(tier: 2000)
        let projection = try #require(PensionProjection.make(person: person, account: account, history: history,
                                                             policy: F.policy(on: "2026-11-30"), policies: F.book,
                                                             today: Self.today))
        #expect(projection.tiers.map(\.tierYuan) == [2000])
    }

    @Test("someone who cannot reach the required years is told back-payment is needed")
    func shortOfYears() throws {
        let (person, account, history) = Self.payer(born: "1975-03-01")
        let projection = try #require(PensionProjection.make(person: person, account: account, history: history,
                                                             policy: F.policy(on: "2026-11-30"), policies: F.book,
                                                             today: Self.today))
        // Pension age in 2035: 2026-2034 are 9 more years, 12 in all, short of 15.
        #expect(projection.current.contributionYears == 12)
        #expect(projection.isShort)
    }

    @Test("no projection for a pensioner or someone not enrolled")
    func noProjection() {
        let person = F.person(born: "1950-01-01")
        let pensioner = InsuranceAccount(personID: person.id, status: .receivingPension, enrolledOn: F.day("2012-07-01"),
                                         tierYuan: 100)
        #expect(PensionProjection.make(person: person, account: pensioner, history: ServiceHistory(),
                                       policy: F.policy(on: "2026-11-30"), policies: F.book, today: Self.today) == nil)
        #expect(PensionProjection.make(person: person, account: .notEnrolled(person.id), history: ServiceHistory(),
                                       policy: F.policy(on: "2026-11-30"), policies: F.book, today: Self.today) == nil)
    }

    @Test("the certificate carries the years and the receipt summary gives them back")
    func certificateYears() throws {
        let (person, account, history) = Self.payer()
        let certificate = try #require(ContributionCertificate.issue(
            person: person, account: account, history: history, policy: F.policy(on: "2026-11-30"), policies: F.book,
            purpose: .proof, today: Self.today).decision)
        #expect(certificate.years.count == 4)
        #expect(certificate.balance.total == Money(fen: 108181))
        let summary = BusinessEvent.contributionCertificate(certificate).summary
        #expect(summary["purpose"] == "proof")
        #expect(summary["year.2025"] == "300.00/50.00/10.58/1065.83")
        let years = ContributionCertificate.years(inSummary: summary)
        #expect(years.map(\.year) == [2023, 2024, 2025, 2026])
        #expect(years.last?.amounts == ["0.00", "0.00", "15.98", "1081.81"])
    }
}
