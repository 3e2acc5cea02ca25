import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

/// The store, not the menu, holds a proxy to the authorisation's scope and dates: a record outside them is refused
/// inside the recording transaction and nothing is written.
struct ProxyScopeStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍", idNumber: F.person(900, born: "1983-04-12").id,
                                  cardNumber: "GX3456789", villageCode: F.village)

    func authorisation(for key: String, scope: Set<ProxyService>) -> ProxyAuthorisation {
        ProxyAuthorisation(personID: V.id(key), kind: .authorisedProxy, proxyName: "覃建国", relationship: "son",
                           proxyIDNumber: F.person(950, born: "1972-02-02").id, scope: scope,
                           validFrom: F.day("2026-01-01"), expiresOn: F.day("2026-12-31"),
                           consentRecordedAt: F.instant("2026-01-05"), consentEvidence: "form:2026-003")
    }

    /// What a refused record must leave as it was: receipts, audit entries, outbox entries and the account.
    func written(_ store: KioskStore, _ key: String) throws -> [Int] {
        try store.database.read { db in
            try ["receipts", "audit_entries", "outbox", "certifications"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        } + [try store.account(V.id(key)).certifiedUntil?.dayNumber ?? 0]
    }

    func certification(_ store: KioskStore, _ key: String, on day: String) throws -> BusinessEvent {
        let person = try #require(try store.person(V.id(key)))
        let decision = try #require(CertificationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id), policy: V.policy,
            policies: V.policies, method: .coordinatorWitness, today: F.day(day)).decision)
        return .certification(decision)
    }

    func expectRefused(_ expected: [ProxyRefusal], _ store: KioskStore, _ event: BusinessEvent, actor: Actor,
                       at day: String, key: String = "j") throws {
        let before = try written(store, key)
        #expect(throws: StoreError.proxyRefused(expected)) {
            try store.record(event, actor: actor, at: F.instant(day))
        }
        #expect(try written(store, key) == before, "nothing is written")
    }

    @Test("a record inside the scope and dates is written, naming the proxy")
    func insideTheScope() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.certification]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        let receipt = try store.record(try certification(store, "j", on: "2026-06-15"),
                                       actor: .coordinator(coordinator, for: stored), at: F.instant("2026-06-15"))
        #expect(try store.receipt(number: receipt.number)?.actor.proxy?.name == "覃建国")
    }

    @Test("a service outside the scope is refused and nothing is written")
    func outsideTheScope() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.benefitClaim]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        try expectRefused([.outOfScope(.certification)], store, try certification(store, "j", on: "2026-06-15"),
                          actor: .coordinator(coordinator, for: stored), at: "2026-06-15")
    }

    @Test("after the expiry day, and before the first, a record is refused and nothing is written")
    func outsideTheDates() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.certification]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        try expectRefused([.expired(on: F.day("2026-12-31"))], store, try certification(store, "j", on: "2026-06-15"),
                          actor: .coordinator(coordinator, for: stored), at: "2027-01-01")
        try expectRefused([.notYetValid(from: F.day("2026-01-01"))], store, try certification(store, "j", on: "2026-06-15"),
                          actor: .coordinator(coordinator, for: stored), at: "2025-12-31")
    }

    @Test("after revocation a record is refused and nothing is written; the revocation is audited")
    func afterRevocation() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.certification]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        let technician = Actor(kind: .system, id: "cli", name: "county technician")
        let revoked = try store.revokeAuthorisation(id: try #require(stored.id), actor: technician, at: F.instant("2026-06-10"))
        #expect(revoked.revoked && revoked.proxyName == "覃建国")
        #expect(try store.auditEntries(for: V.id("j")).map(\.action) == ["proxyAuthorised", "proxyRevoked"])
        try expectRefused([.revoked], store, try certification(store, "j", on: "2026-06-15"),
                          actor: .coordinator(coordinator, for: stored), at: "2026-06-15")
        #expect(throws: CoordinatorStoreError.unknownAuthorisation(999)) {
            try store.revokeAuthorisation(id: 999, actor: technician, at: F.instant("2026-06-10"))
        }
        let listed = try store.allAuthorisations()
        let villager = try #require(try store.person(V.id("j")))
        #expect(listed.count == 1 && listed[0].authorisation.revoked && listed[0].villagerName == villager.name)
        let table = CoordinatorReports.authorisations(listed, on: F.day("2026-06-15"), villageCode: F.village)
        let fields = Dictionary(uniqueKeysWithValues: zip(table.header, try #require(table.rows.first)))
        #expect(fields["status"] == "revoked" && fields["scope"] == "certification" && fields["consent"] == "form:2026-003")
        #expect(fields["id_number"] == V.id("j").masked)
    }

    @Test("a proxy with no stored authorisation, or one of another villager, is refused")
    func noStoredAuthorisation() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let unrecorded = Actor.coordinator(id: coordinator.id, name: coordinator.name,
                                           proxy: Proxy(name: "覃建国", relationship: "son", consentRecorded: true))
        try expectRefused([.notRecorded], store, try certification(store, "j", on: "2026-06-15"), actor: unrecorded,
                          at: "2026-06-15")
        let otherVillagers = try store.recordAuthorisation(authorisation(for: "l", scope: [.certification]), by: coordinator,
                                                           at: F.instant("2026-01-05"))
        try expectRefused([.notRecorded], store, try certification(store, "j", on: "2026-06-15"),
                          actor: .coordinator(coordinator, for: otherVillagers), at: "2026-06-15")
    }
}
