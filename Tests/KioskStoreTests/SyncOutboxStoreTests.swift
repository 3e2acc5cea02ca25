import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct SyncOutboxStoreTests {
    typealias F = StoreFixtures

    @Test func theSyncMigrationGivesEveryExistingOutboxEntryItsOwnUUID() throws {
        let queue = try DatabaseQueue()
        try KioskMigrations.migrator.migrate(queue, upTo: "2026-12 served village")
        try queue.write { db in
            for number in 1...3 {
                try db.execute(sql: "INSERT INTO outbox (idempotency_key, kind, payload, created_at) VALUES (?, 'enrolment', '{}', 'x')",
                               arguments: ["R\(number)"])
            }
        }
        try KioskMigrations.migrator.migrate(queue)
        let uuids = try queue.read { db in try String.fetchAll(db, sql: "SELECT entry_uuid FROM outbox") }
        #expect(uuids.count == 3 && Set(uuids).count == 3)
        #expect(uuids.allSatisfy { UUID(uuidString: $0)?.uuidString == $0 })
    }

    @Test func everyRecordWrittenGetsAUUIDWhenItsOutboxEntryIsWritten() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        for sequence in 1...2 {
            try store.record(.enrolment(F.enrolment(F.person(sequence), on: "2026-03-01")), actor: .selfService,
                             at: F.instant("2026-03-01"))
        }
        let pending = try store.outbox.pendingForSync(limit: 10)
        #expect(pending.count == 2 && Set(pending.map(\.entryUUID)).count == 2)
        #expect(pending.allSatisfy { UUID(uuidString: $0.entryUUID) != nil })
    }

    @Test func onlyAcknowledgedEntriesAreMarkedDeliveredAndTheRestStayWaiting() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        for sequence in 1...3 {
            try store.record(.enrolment(F.enrolment(F.person(sequence), on: "2026-03-01")), actor: .selfService,
                             at: F.instant("2026-03-01"))
        }
        let pending = try store.outbox.pendingForSync(limit: 10)
        let marked = try store.outbox.markDelivered(entryUUIDs: [pending[0].entryUUID.lowercased()],
                                                    at: F.instant("2026-03-02"))
        #expect(marked == 1)
        #expect(try store.outbox.markDelivered(entryUUIDs: [pending[0].entryUUID], at: F.instant("2026-03-03")) == 0)
        #expect(try store.outbox.pendingForSync(limit: 10).map(\.entryUUID) == pending.dropFirst().map(\.entryUUID))
        #expect(try store.outbox.purgeDelivered(before: F.instant("2026-03-02")) == 0)
        #expect(try store.outbox.purgeDelivered(before: F.instant("2026-03-03")) == 1)
        #expect(try store.outbox.syncStatus().waiting == 2)
    }

    @Test func theAuditHeadIsTheLastEntryAndAnEmptyChainsIsGenesis() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        #expect(try store.outbox.auditHead().sequence == 0)
        #expect(try store.outbox.auditHead().hash == AuditChain.genesis)
        try store.record(.enrolment(F.enrolment(F.person(1), on: "2026-03-01")), actor: .selfService,
                         at: F.instant("2026-03-01"))
        let head = try store.outbox.auditHead()
        #expect(head.sequence == 1)
        #expect(try store.outbox.auditHash(atSequence: 1) == head.hash)
        #expect(try store.outbox.auditHash(atSequence: 2) == nil)
    }
}
