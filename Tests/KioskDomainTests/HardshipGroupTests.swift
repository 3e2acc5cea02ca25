import Testing
@testable import KioskDomain

/// Guo Fa [2014] No. 8 §4(3): local government pays part or all of the lowest tier for people who struggle to pay,
/// such as the severely disabled; the Guangxi list and amounts are in the policy file, marked assumed.
struct HardshipGroupTests {
    typealias F = DomainFixtures

    func contribution(group: String?, tier: Int, on day: String = "2026-06-01") throws -> ContributionDecision {
        var person = F.person(born: "1980-01-01")
        person.hardshipGroup = group
        return try #require(ContributionDecision.decide(
            person: person, account: F.paying(person), history: ServiceHistory(), policy: F.policy(on: day),
            request: ContributionRequest(tierYuan: tier, channel: .taxOffice), today: F.day(day)).decision)
    }

    @Test func theGuangxiListIsInThePolicyFileMarkedAssumed() {
        let table = F.policy(on: "2026-06-01")
        #expect(table.hardshipGroups.map(\.group) == ["severeDisability", "extremePoverty", "minimumLivingAllowance"])
        #expect(table.sources["hardshipGroups"]?.contains("assumed") == true)
        #expect(table.sources["hardshipGroups"]?.contains("§4(3)") == true)
    }

    @Test func theSeverelyDisabledHaveTheWholeLowestTierPaid() throws {
        let decision = try contribution(group: "severeDisability", tier: 100)
        #expect(decision.governmentPaidTotal == .yuan(100))
        #expect(decision.paidByPersonTotal == .zero)
        #expect(decision.personalTotal == .yuan(100), "the account is credited the full tier")
    }

    @Test func aHigherTierHasOnlyTheLowestTiersAmountPaid() throws {
        let decision = try contribution(group: "severeDisability", tier: 300)
        #expect(decision.governmentPaidTotal == .yuan(100))
        #expect(decision.paidByPersonTotal == .yuan(200))
    }

    @Test func theMinimumLivingAllowanceHasHalfPaidAndOthersNothing() throws {
        #expect(try contribution(group: "minimumLivingAllowance", tier: 100).governmentPaidTotal == .yuan(50))
        #expect(try contribution(group: nil, tier: 100).governmentPaidTotal == .zero)
        #expect(try contribution(group: "unknownGroup", tier: 100).governmentPaidTotal == .zero)
    }

    @Test func aNonPositiveAmountIsRefusedWhenTheFileLoads() {
        var table = F.policy(on: "2026-06-01")
        table.hardshipGroups[0].governmentPaysYuanPerYear = 0
        #expect(table.firstProblem()?.field == "hardshipGroups[0].governmentPaysYuanPerYear")
    }
}
