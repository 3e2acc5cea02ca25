import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct DeathReportStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    @Test func aDeathStopsThePensionOpensACancellationAndWritesReceiptAuditAndOutboxTogether() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let before = try store.outbox.pendingCount()
        let receipt = try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative,
                                            evidence: "son reported", actor: coordinator, at: F.instant("2026-06-15"))
        #expect(receipt.service == .deathReport && receipt.actor == coordinator)
        #expect(receipt.summary["pensionStopsFrom"] == "2026-07-01" && receipt.summary["pendingCancellation"] == "yes")
        let account = try store.account(V.id("k"))
        #expect(account.status == .pensionSuspended && account.suspendedFromMonth == F.day("2026-07-01"))
        #expect(try store.person(V.id("k"))?.diedOn == F.day("2026-06-10"))
        #expect(try store.pendingCancellations().map(\.personID) == [V.id("k")])
        #expect(try store.outbox.pendingCount() == before + 1)
        let audit = try store.auditEntries(for: V.id("k"))
        #expect(audit.map(\.action) == ["deathReport"] && audit[0].receiptNumber == receipt.number)
        #expect(audit[0].actor == "coordinator:XG-450124-017:韦丽萍")
        #expect(try store.verifyAudit().isIntact)
        // The roster no longer counts k, and the report can't be made twice.
        let roster = try store.roster(villageCode: F.village, on: F.day("2026-06-15"), policy: V.policy)
        #expect(roster.coverage.adults == 16 && !roster.insuredAdults.contains { $0.person.id == V.id("k") })
        #expect(throws: CoordinatorStoreError.deathRefused("death.refusal.alreadyRecorded")) {
            try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative, evidence: "",
                                  actor: coordinator, at: F.instant("2026-06-15"))
        }
    }

    @Test func completingTheCancellationClearsThePendingOne() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        try store.reportDeath(of: V.id("k"), diedOn: F.day("2026-06-10"), source: .relative, evidence: "",
                              actor: coordinator, at: F.instant("2026-06-15"))
        let person = try #require(try store.person(V.id("k")))
        let outcome = CancellationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id), policy: V.policy,
            request: CancellationRequest(reason: .death, effectiveOn: F.day("2026-06-10"), evidence: "certificate",
                                         payeeName: "覃建国"), today: F.day("2026-06-20"))
        try store.record(.cancellation(try #require(outcome.decision)), actor: coordinator, at: F.instant("2026-06-20"))
        #expect(try store.pendingCancellations().isEmpty)
    }

    @Test func theMonthlyReportListsTheMonthsDeathsOnly() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        try store.reportDeath(of: V.id("a"), diedOn: F.day("2026-06-02"), source: .hospital, evidence: "",
                              actor: coordinator, at: F.instant("2026-06-15"))
        try store.reportDeath(of: V.id("j"), diedOn: F.day("2026-05-31"), source: .relative, evidence: "",
                              actor: coordinator, at: F.instant("2026-06-15"))
        // n died 2026-05-20 in the fixture data (no report here); t dies 2026-07-01.
        let may = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-05")!)
        #expect(may.map(\.person.id) == [V.id("n"), V.id("j")])
        #expect(may[0].reportedOn == nil && may[1].source == .relative && may[1].cancellationPending)
        #expect(may[1].lastPensionMonth == F.day("2026-05-01"))
        let june = try store.deaths(villageCode: F.village, in: CalendarMonth(iso: "2026-06")!)
        #expect(june.map(\.person.id) == [V.id("a")] && june[0].status == .paying)
    }
}

struct CoordinatorActingTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍", idNumber: F.person(900, born: "1983-04-12").id,
                                  cardNumber: "GX3456789", villageCode: F.village)

    func authorisation(for key: String, scope: Set<ProxyService>) -> ProxyAuthorisation {
        ProxyAuthorisation(personID: V.id(key), kind: .authorisedProxy, proxyName: "覃建国", relationship: "son",
                           proxyIDNumber: F.person(950, born: "1972-02-02").id, scope: scope,
                           validFrom: F.day("2026-01-01"), expiresOn: F.day("2026-12-31"),
                           consentRecordedAt: F.instant("2026-01-05"), consentEvidence: "signed form 2026-003")
    }

    @Test func anAuthorisationIsStoredAndItsProxyAppearsOnTheReceiptAndInTheAudit() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let stored = try store.recordAuthorisation(authorisation(for: "j", scope: [.certification]), by: coordinator,
                                                   at: F.instant("2026-01-05"))
        #expect(stored.id != nil)
        #expect(try store.authorisations(for: V.id("j")) == [stored])
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2026-06-15")) == [stored])
        #expect(try store.authorisations(for: V.id("j"), permitting: .transfer, on: F.day("2026-06-15")).isEmpty)
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2027-01-01")).isEmpty)

        let person = try #require(try store.person(V.id("j")))
        let decision = try #require(CertificationDecision.decide(person: person, account: try store.account(person.id),
                                                                 policy: V.policy, method: .coordinatorWitness,
                                                                 today: F.day("2026-06-15")).decision)
        let receipt = try store.record(.certification(decision), actor: .coordinator(coordinator, for: stored),
                                       at: F.instant("2026-06-15"))
        let proxy = try #require(try store.receipt(number: receipt.number)?.actor.proxy)
        #expect(proxy.name == "覃建国" && proxy.relationship == "son" && proxy.consentRecorded)
        #expect(proxy.maskedID == F.person(950, born: "1972-02-02").id.masked && proxy.maskedID?.contains("*") == true)
        let audit = try store.auditEntries(for: V.id("j"))
        #expect(audit.map(\.action) == ["proxyAuthorised", "certification"])
        #expect(audit[1].actor == "coordinator:XG-450124-017:韦丽萍 for-proxy:覃建国(son):\(proxy.maskedID!):consent")
        try store.revokeAuthorisation(id: stored.id!, for: V.id("j"), by: coordinator, at: F.instant("2026-06-16"))
        #expect(try store.authorisations(for: V.id("j"), permitting: .certification, on: F.day("2026-06-16")).isEmpty)
    }

    @Test func aHomeVisitCertifiesFromTheVisitDayWithItsWitness() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        #expect(try store.homeVisitList(villageCode: F.village, on: F.day("2026-06-15"), policy: V.policy)
            .map(\.person.id) == [V.id("l"), V.id("j")])
        let visit = HomeVisit(personID: V.id("l"), visitedOn: F.day("2026-06-12"), coordinatorID: coordinator.id,
                              witness: "韦大明 (village committee)")
        let receipt = try store.recordHomeVisitCertification(visit, policy: V.policy, actor: .coordinator(coordinator),
                                                             at: F.instant("2026-06-15"))
        #expect(receipt.summary["method"] == "homeVisit")
        #expect(try store.history(V.id("l")).certifications.last?.certifiedOn == F.day("2026-06-12"))
        #expect(try store.account(V.id("l")).certifiedUntil == F.day("2027-06-12"))
        #expect(try store.homeVisits(for: V.id("l")) == [visit])
        #expect(try store.auditEntries(for: V.id("l")).map(\.action) == ["certification", "homeVisit"])
        #expect(try store.homeVisitList(villageCode: F.village, on: F.day("2026-06-15"), policy: V.policy)
            .map(\.person.id) == [V.id("j")])
        // A visit in the future, or for someone not drawing a pension, is refused and nothing is written.
        let future = HomeVisit(personID: V.id("j"), visitedOn: F.day("2026-06-16"), coordinatorID: coordinator.id, witness: "x")
        #expect(throws: CoordinatorStoreError.certificationRefused(["refusal.dateInFuture"])) {
            try store.recordHomeVisitCertification(future, policy: V.policy, actor: .coordinator(coordinator),
                                                   at: F.instant("2026-06-15"))
        }
        let notPensioner = HomeVisit(personID: V.id("a"), visitedOn: F.day("2026-06-12"), coordinatorID: coordinator.id,
                                     witness: "x")
        #expect(throws: CoordinatorStoreError.certificationRefused(["refusal.notReceivingPension"])) {
            try store.recordHomeVisitCertification(notPensioner, policy: V.policy, actor: .coordinator(coordinator),
                                                   at: F.instant("2026-06-15"))
        }
        #expect(try store.homeVisits(for: V.id("a")).isEmpty)
    }
}
