import Foundation
import Testing
import KioskDomain
import GRDB
@testable import KioskStore

/// A cancellation is an application pending until the county accepts it; the sync applies the county's ruling.
struct CountyRulingStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage

    /// Records a pending application by villager `key` on a ground, as the kiosk does; returns its receipt number.
    func apply(_ store: KioskStore, _ key: String, ground: CancellationReason, on day: String) throws -> String {
        let person = try #require(try store.person(V.id(key)))
        let decision = try #require(CancellationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id),
            policy: V.policy, policies: V.policies,
            request: CancellationRequest(reason: ground, effectiveOn: F.day(day), evidence: "", payeeName: person.name),
            today: F.day(day)).decision)
        return try store.record(.cancellation(decision), actor: .selfService, at: F.instant(day)).number
    }

    @Test func anApplicationLeavesTheAccountAsItIsAndWaitsForTheCounty() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let number = try apply(store, "a", ground: .settledAbroad, on: "2026-06-15")
        let account = try store.account(V.id("a"))
        #expect(account.status == .paying, "no money moves and nothing is terminated at the kiosk")
        #expect(account.cancellationPending)
        let pending = try store.pendingCancellationApplications()
        #expect(pending.map(\.receiptNumber) == [number])
        #expect(pending.first?.ground == .settledAbroad)
    }

    @Test("an application on a living ground keeps the kind and number of its evidence, as one on death does")
    func aLivingGroundsEvidenceIsStored() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let person = try #require(try store.person(V.id("a")))
        let request = CancellationRequest(reason: .settledAbroad, effectiveOn: F.day("2026-06-15"), evidence: "GJ-2026/07",
                                          payeeName: person.name, evidenceKind: .nationalityLoss)
        let decision = try #require(CancellationDecision.decide(
            person: person, account: try store.account(person.id), history: try store.history(person.id),
            policy: V.policy, policies: V.policies, request: request, today: F.day("2026-06-15")).decision)
        _ = try store.record(.cancellation(decision), actor: .selfService, at: F.instant("2026-06-15"))
        let row = try #require(try store.database.read { db in
            try CancellationRecord.fetchOne(db, sql: "SELECT * FROM cancellations")
        })
        #expect(row.evidenceKind == "nationalityLoss" && row.evidence == "GJ-2026/07")
    }

    @Test func theCountyAcceptsAndTheAccountIsTerminatedOnTheGround() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let number = try apply(store, "a", ground: .duplicate, on: "2026-06-15")
        let ruling = CountyCancellationRuling(accepted: true, decidedOn: F.day("2026-07-02"), note: "")
        let after = try store.applyCountyRuling(ruling, toApplication: number, at: F.instant("2026-07-03"))
        #expect(after.status == .terminated && after.terminationReason == .duplicate && !after.cancellationPending)
        #expect(try store.account(V.id("a")) == after)
        #expect(try store.pendingCancellationApplications().isEmpty)
        #expect(try store.verifyAudit().isIntact)
        #expect(throws: StoreError.noPendingApplication(receipt: number)) {
            try store.applyCountyRuling(ruling, toApplication: number, at: F.instant("2026-07-04"))
        }
    }

    @Test func theCountyRefusesAndTheAccountGoesOnWithTheNoteKept() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let number = try apply(store, "b", ground: .settledAbroad, on: "2026-12-31")
        let ruling = CountyCancellationRuling(accepted: false, decidedOn: F.day("2027-01-05"), note: "证明不全")
        let after = try store.applyCountyRuling(ruling, toApplication: number, at: F.instant("2027-01-05"))
        #expect(after.status == .paying && !after.cancellationPending && after.terminationReason == nil)
        let row = try store.database.read { db in
            try CancellationRecord.filter(Column("receipt_number") == number).fetchOne(db)
        }
        #expect(row?.applicationStatus == "refused" && row?.countyNote == "证明不全" && row?.countyDecidedOn == "2027-01-05")
    }

    @Test func anUnknownApplicationIsRefusedAndNothingIsWritten() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let before = try store.verifyAudit()
        #expect(throws: StoreError.noPendingApplication(receipt: "450124100210-20260615-9999")) {
            try store.applyCountyRuling(CountyCancellationRuling(accepted: true, decidedOn: F.day("2026-07-02")),
                                        toApplication: "450124100210-20260615-9999", at: F.instant("2026-07-02"))
        }
        #expect(try store.verifyAudit() == before)
    }

    @Test func aPersonDrawingAnotherBasicPensionIsKeptAcrossAReload() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        var person = try #require(try store.person(V.id("a")))
        person.drawsOtherBasicPension = true
        try store.record(.registration(person), actor: .selfService, at: F.instant("2026-06-15"))
        #expect(try store.person(V.id("a"))?.drawsOtherBasicPension == true)
    }

    /// GB/T 40217-2021: the outbox payload carries the enrolment (AAC008) and payment (AAC031) statuses apart.
    @Test func theOutboxPayloadCarriesTheEnrolmentAndPaymentStatusCodes() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let number = try apply(store, "a", ground: .settledAbroad, on: "2026-06-15")
        let payload = try #require(try store.database.read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM outbox WHERE idempotency_key = ?", arguments: [number])
        })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
        let records = try #require(object["records"] as? [String: Any])
        let statuses = try #require(records["statuses"] as? [String: Any])
        #expect(statuses["aac008"] as? String == "1")
        #expect(statuses["aac031"] as? String == "1")
        #expect(statuses["benefit"] as? String == "notReceiving")
    }
}
