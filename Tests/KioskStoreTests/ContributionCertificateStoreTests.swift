import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// The contribution certificate for a person leaving is stored as a receipt and queued upstream; the account is
/// not changed (the transfer is applied for at the new place, Guo Fa [2014] No. 8 §8).
struct ContributionCertificateStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage

    @Test func theCertificateIsAReceiptWithTheBalanceAndLeavesTheAccountAsItIs() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let person = try #require(try store.person(V.id("p")))
        let before = try store.account(person.id)
        let history = try store.history(person.id)
        let certificate = try #require(ContributionCertificate.issue(person: person, account: before, history: history,
                                                                     policy: V.policy, today: F.day("2026-06-15")).decision)
        #expect(certificate.contributionYears == 14)
        #expect(certificate.firstYear == 2012 && certificate.lastYear == 2025)
        let receipt = try store.record(.contributionCertificate(certificate), actor: .selfService, at: F.instant("2026-06-15"))
        #expect(receipt.service == .contributionCertificate)
        #expect(receipt.amount == certificate.balance.total)
        #expect(receipt.summary["years"] == "14")
        #expect(try store.account(person.id) == before)
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func noCertificateForSomeoneNeverEnrolled() {
        let person = F.person(1)
        #expect(ContributionCertificate.issue(person: person, account: .notEnrolled(person.id), history: ServiceHistory(),
                                              policy: V.policy, today: F.day("2026-06-15")).refusals == [.notEnrolled])
    }
}

/// The roster's hardship group and the government-paid part of a contribution are kept (Guo Fa [2014] No. 8 §4(3)).
struct HardshipGroupStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage

    @Test func theGroupAndTheGovernmentPaidPartSurviveAReload() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        var person = try #require(try store.person(V.id("a")))
        person.hardshipGroup = "severeDisability"
        try store.record(.registration(person), actor: .selfService, at: F.instant("2026-06-15"))
        let reloaded = try #require(try store.person(V.id("a")))
        #expect(reloaded.hardshipGroup == "severeDisability")
        let decision = try #require(ContributionDecision.decide(
            person: reloaded, account: try store.account(reloaded.id), history: try store.history(reloaded.id),
            policy: V.policy, request: ContributionRequest(tierYuan: 100, channel: .taxOffice),
            today: F.day("2026-06-15")).decision)
        try store.record(.contribution(decision), actor: .selfService, at: F.instant("2026-06-15"))
        let stored = try store.history(reloaded.id).contributions.first { $0.year == 2026 }
        #expect(stored?.governmentPaid == .yuan(100))
        #expect(stored?.paidByPerson == .zero)
    }
}
