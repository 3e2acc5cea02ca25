import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Guidance to a long-term unemployed person is counted as service given and recorded as a business event, like every coordinator's act.
struct LongTermGuidanceStoreTests {
    typealias S = StoreFixtures

    @Test func guidanceIsABusinessEventWithReceiptAuditEntryAndOutboxEntry() throws {
        let (store, _, c) = try TaskListStoreTests().village()
        let actor = Actor.coordinator(id: "XG-1", name: "韦丽萍")
        let receipt = try store.recordGuidance(c.id, on: S.day("2026-03-02"), actor: actor, at: S.instant("2026-03-02"))
        #expect(receipt.service == .longTermGuidance && receipt.personID == c.id && receipt.summary == ["givenOn": "2026-03-02"])
        #expect(try store.longTermService(c.id).guidanceOn == [S.day("2026-03-02")])
        let entry = try #require(try store.auditEntries(for: c.id).last)
        #expect(entry.action == "longTermGuidance" && entry.actor == actor.auditText && entry.receiptNumber == receipt.number)
        #expect(try store.verifyAudit().firstBreak == nil)
        let outbox = try #require(try store.outbox.pending(limit: 1_000).first { $0.idempotencyKey == receipt.number })
        #expect(outbox.kind == "longTermGuidance")
        #expect(outbox.payload.contains(#""longTermGuidance":{"#) && outbox.payload.contains("2026-03-02"))
    }
}
