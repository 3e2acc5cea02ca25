import Foundation
import GRDB
@testable import HubServer
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

struct AuditAnchoringSyncTests {
    typealias F = SyncFixtures

    /// Lifts the append-only triggers, as someone with the database file could.
    static func unlock(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete")
    }

    /// Changes entry 1's detail and re-hashes the whole chain so that it verifies locally again.
    static func rewriteAndRehash(_ store: KioskStore) throws {
        try store.database.write { db in
            try unlock(db)
            try db.execute(sql: "UPDATE audit_entries SET detail = '{\"forged\":\"yes\"}' WHERE sequence = 1")
            var previous = AuditChain.genesis
            for entry in try AuditEntry.order(Column("sequence")).fetchAll(db) {
                let hash = AuditChain.hash(sequence: entry.sequence, recordedAt: entry.recordedAt, actor: entry.actor,
                                           personId: entry.personId, action: entry.action,
                                           receiptNumber: entry.receiptNumber, detail: entry.detail, previousHash: previous)
                try db.execute(sql: "UPDATE audit_entries SET previous_hash = ?, hash = ? WHERE sequence = ?",
                               arguments: [previous, hash, entry.sequence])
                previous = hash
            }
        }
    }

    @Test func anHonestKioskSyncingTwiceHasNoFinding() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        try F.enrol(store, sequence: 2)
        let second = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(second.auditFinding == nil)
        #expect(try await hub.storage.auditFindings().isEmpty)
        #expect(try store.outbox.syncStatus().anchorSequence == (try store.outbox.auditHead().sequence))
    }

    @Test func aHistoryRewrittenAndReHashedOnTheKioskIsDetectedAtItsNextSync() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        try Self.rewriteAndRehash(store)
        #expect(try store.verifyAudit().isIntact, "local re-hashing hides the rewrite from the kiosk's own check")
        try F.enrol(store, sequence: 2)
        let report = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(report.stored == 1, "the new record is still delivered")
        let findings = try await hub.storage.auditFindings()
        #expect(findings.count == 1 && findings[0].kioskID == "K1")
        #expect(findings[0].problem.contains("rewritten"))
    }

    @Test func aHistoryCutOnTheKioskIsDetectedAtItsNextSync() async throws {
        let store = try F.store()
        for sequence in 1...3 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        try await store.database.write { db in
            try Self.unlock(db)
            try db.execute(sql: "DELETE FROM audit_entries WHERE sequence > (SELECT MAX(sequence) - 2 FROM audit_entries)")
        }
        try F.enrol(store, sequence: 4)
        try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        let findings = try await hub.storage.auditFindings()
        #expect(findings.map(\.kioskID) == ["K1"])
        #expect(findings.first?.problem.contains("cut") == true)
    }
}
