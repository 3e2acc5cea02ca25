import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Guidance to a long-term unemployed person is counted as service given and audited like every coordinator's act.
struct LongTermGuidanceStoreTests {
    typealias S = StoreFixtures

    @Test func guidanceIsCountedAsServiceAndHasItsAuditEntry() throws {
        let (store, _, c) = try TaskListStoreTests().village()
        let actor = Actor.coordinator(id: "XG-1", name: "韦丽萍")
        try store.recordGuidance(c.id, on: S.day("2026-03-02"), actor: actor, at: S.instant("2026-03-02"))
        #expect(try store.longTermService(c.id).guidanceOn == [S.day("2026-03-02")])
        let entry = try #require(try store.auditEntries(for: c.id).last)
        #expect(entry.action == "longTermGuidance" && entry.actor == actor.auditText && entry.detail.contains("2026-03-02"))
        #expect(try store.verifyAudit().firstBreak == nil)
    }
}
