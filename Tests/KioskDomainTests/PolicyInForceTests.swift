import Foundation
import Testing
import KioskAssets
@testable import KioskDomain

/// The table in force on the day of the event decides; tables carry effectiveFrom and, where known, effectiveUntil.
struct PolicyInForceTests {
    typealias F = DomainFixtures

    /// Guo Fa [2014] No. 8 §6(2): the personal-account pension is the balance divided by 139, whatever the age.
    @Test func everyShippedTableDividesByOneHundredThirtyNineAndNamesTheSource() throws {
        for table in F.book.tables {
            #expect(table.personalAccountDivisor == 139, "\(table.name)")
            #expect(table.sources["personalAccountDivisor"]?.contains("§6(2)") == true, "\(table.name)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: KioskAssets.url("policy").path) {
            let text = String(decoding: try KioskAssets.data("policy/\(name)"), as: UTF8.self)
            #expect(!text.contains("\"divisors\""), "\(name) still lists age divisors")
        }
    }

    /// The 2026 central minimum (163 yuan) is reported, not read in the notice: its source says "secondary source".
    @Test func the2026TableRaisesTheBasicPensionAndMarksItsSourceSecondary() throws {
        let national = try F.book.table(region: "110105", on: F.day("2026-06-01"))
        #expect(national.name == "national-2026")
        #expect(national.basicPensionYuanPerMonth == 163)
        #expect(national.sources["basicPensionYuanPerMonth"]?.contains("secondary source") == true)
        let guangxi = try F.book.table(region: F.county, on: F.day("2026-01-01"))
        #expect(guangxi.name == "guangxi-2026")
        #expect(guangxi.basicPensionYuanPerMonth == 163)
    }

    /// 2023 103, 2024 123, 2025 143, 2026 163: each year's table ends on 31 December.
    @Test func eachTableEndsTheDayBeforeTheNextOneStarts() throws {
        let expected = [("2023-12-31", 103), ("2024-01-01", 123), ("2024-12-31", 123), ("2025-01-01", 143),
                        ("2025-12-31", 143), ("2026-01-01", 163), ("2030-07-01", 163)]
        for (day, yuan) in expected {
            #expect(try F.book.table(region: F.county, on: F.day(day)).basicPensionYuanPerMonth == yuan, "\(day)")
        }
        let until = try F.book.table(region: F.county, on: F.day("2024-06-01")).effectiveUntil
        #expect(until == F.day("2024-12-31"))
        #expect(try F.book.table(region: F.county, on: F.day("2026-06-01")).effectiveUntil == nil)
    }

    @Test func aTablePastItsEffectiveUntilIsNotInForce() throws {
        let only2024 = PolicyBook(tables: [F.policy(on: "2024-06-01")])
        #expect(try only2024.table(region: F.county, on: F.day("2024-12-31")).name == "guangxi-2024")
        #expect(throws: PolicyError.noTableInForce(region: F.county, on: F.day("2025-01-01"))) {
            try only2024.table(region: F.county, on: F.day("2025-01-01"))
        }
    }

    @Test func anEffectiveUntilBeforeEffectiveFromOrWithoutASourceIsRefused() throws {
        var table = F.policy(on: "2024-06-01")
        table.effectiveUntil = F.day("2023-12-31")
        #expect(table.firstProblem()?.field == "effectiveUntil")
        table.effectiveUntil = F.day("2024-12-31")
        table.sources["effectiveUntil"] = nil
        #expect(table.firstProblem()?.field == "sources.effectiveUntil")
        #expect(table.firstProblem()?.problem == .noSource)
    }

    /// A contribution decided in 2024 takes 2024's subsidy from the table in force that day, and a later table
    /// with another subsidy does not change what was credited.
    @Test func aContributionKeepsTheSubsidyOfTheTableInForceOnItsDay() throws {
        let person = F.person(born: "1975-04-01")
        var later = F.policy(on: "2026-06-01")
        later.tiers = later.tiers.map { PolicyTier(yuan: $0.yuan, subsidyYuan: $0.subsidyYuan + 50) }
        let book = PolicyBook(tables: [F.policy(on: "2024-06-01"), later])
        let day = F.day("2024-06-01")
        let decision = try #require(ContributionDecision.decide(
            person: person, account: F.paying(person), history: ServiceHistory(),
            policy: try book.table(region: F.county, on: day),
            request: ContributionRequest(tierYuan: 200, channel: .taxOffice), today: day).decision)
        #expect(decision.contributions.map(\.subsidy) == [.yuan(40)])
        let history = ServiceHistory(contributions: decision.contributions)
        let balance2026 = PersonalAccount.balance(of: history.contributions, on: F.day("2026-06-01"),
                                                  interestRateBasisPoints: later.interestRateBasisPoints)
        // 40 yuan subsidy credited in 2024, 1.50 % at the ends of 2024 and 2025: 40.60, then 41.21 (40.609 rounded).
        #expect(balance2026.subsidy == Money(fen: 4121))
    }
}

/// Constants that decide live in the tables with their source (item: no rule in code without a source).
struct SchemeTimingsTests {
    typealias F = DomainFixtures

    @Test func theShippedTimingsAreMarkedAssumedAndDecide() throws {
        let table = F.policy(on: "2026-06-01")
        #expect(table.schemeTimings == SchemeTimings(pensionStartsMonthsAfterClaim: 1,
                                                     regularContributionInPensionAgeYear: false,
                                                     approachingPensionMonths: 12))
        #expect(table.sources["schemeTimings"]?.contains("assumed") == true)
    }

    @Test func aTableStartingThePensionInTheClaimsMonthDecidesSo() throws {
        var table = F.policy(on: "2026-06-01")
        table.schemeTimings.pensionStartsMonthsAfterClaim = 0
        let person = F.person(born: "1965-04-10")
        let decision = try #require(BenefitClaimDecision.decide(
            person: person, account: F.paying(person), history: F.history(person, years: 2011...2025), policy: table,
            bankAccount: BankAccount(bank: "农村信用社", accountNumber: "6228480012345678"),
            today: F.day("2026-06-10")).decision)
        #expect(decision.claim.startMonth == F.day("2026-06-01"))
    }

    @Test func aTableAllowingTheRegularContributionInThePensionAgeYearDecidesSo() {
        var table = F.policy(on: "2026-06-01")
        let person = F.person(born: "1966-10-01")
        let request = ContributionRequest(tierYuan: 200, channel: .taxOffice)
        func decide() -> ServiceOutcome<ContributionDecision> {
            ContributionDecision.decide(person: person, account: F.paying(person), history: ServiceHistory(),
                                        policy: table, request: request, today: F.day("2026-06-01"))
        }
        #expect(decide().refusals == [.pastContributionAge(pensionAge: 60)])
        table.schemeTimings.regularContributionInPensionAgeYear = true
        #expect(decide().decision != nil)
    }
}

/// GB/T 40217-2021: enrolment (AAC008) and payment (AAC031) statuses apart from the benefit status.
struct SchemeStatusesTests {
    typealias F = DomainFixtures

    @Test func eachAccountStatusSplitsIntoEnrolmentPaymentAndBenefit() {
        let person = F.person(born: "1960-01-01")
        func statuses(_ status: AccountStatus) -> SchemeStatuses {
            SchemeStatuses(InsuranceAccount(personID: person.id, status: status))
        }
        #expect(statuses(.notEnrolled).enrolment == .notEnrolled && statuses(.notEnrolled).aac031 == nil)
        #expect(statuses(.paying).aac008 == "1" && statuses(.paying).payment == .paying)
        #expect(statuses(.paymentSuspended).payment == .suspended && statuses(.paymentSuspended).benefit == .notReceiving)
        #expect(statuses(.receivingPension).benefit == .receiving && statuses(.receivingPension).payment == .stopped)
        #expect(statuses(.pensionSuspended).benefit == .suspended && statuses(.pensionSuspended).enrolment == .enrolled)
        #expect(statuses(.terminated).enrolment == .terminated && statuses(.terminated).aac008 == "4")
    }
}
