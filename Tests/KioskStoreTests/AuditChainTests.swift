import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct AuditChainTests {
    typealias F = StoreFixtures

    func storeWithEntries(_ count: Int) throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: F.village)
        for i in 1...count {
            try store.record(.registration(F.person(i)), actor: .selfService, at: F.instant("2025-03-14"))
        }
        return store
    }

    @Test func anEntryHashIsTheSHA256OfItsFieldsAndThePreviousHashInLowerCaseHex() {
        // Computed independently: sha256 of the fields joined by U+001F, as any verifier outside the kiosk would.
        let hash = AuditChain.hash(sequence: 1, recordedAt: "2026-11-30T08:00:00Z", actor: "selfService",
                                   personId: "450124194906293304", action: "certification",
                                   receiptNumber: "450124100210-20261130-0001", detail: "{}", previousHash: AuditChain.genesis)
        #expect(hash == "cfd865892ec4eaa5a6c67661f4cf5ea18f91b5754ac3773163410602bfb00557")
    }

    @Test func auditEntriesCannotBeChangedThroughSQL() throws {
        let store = try storeWithEntries(2)
        #expect(throws: (any Error).self) {
            try store.database.write { db in try db.execute(sql: "UPDATE audit_entries SET actor = 'x' WHERE sequence = 1") }
        }
        #expect(throws: (any Error).self) {
            try store.database.write { db in try db.execute(sql: "DELETE FROM audit_entries WHERE sequence = 2") }
        }
    }

    @Test func aChangedRowIsNamed() throws {
        let store = try storeWithEntries(5)
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER audit_entries_no_update")
            try db.execute(sql: "UPDATE audit_entries SET detail = '{}' WHERE sequence = 3")
        }
        let result = try store.verifyAudit()
        #expect(result.firstBreak == AuditBreak(sequence: 3, problem: .contentChanged))
    }

    @Test func aRemovedRowIsNamed() throws {
        let store = try storeWithEntries(5)
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER audit_entries_no_delete")
            try db.execute(sql: "DELETE FROM audit_entries WHERE sequence = 2")
        }
        #expect(try store.verifyAudit().firstBreak == AuditBreak(sequence: 3, problem: .sequenceGap))
    }

    @Test func aRehashedRowStillBreaksTheLinkToTheNext() throws {
        let store = try storeWithEntries(4)
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER audit_entries_no_update")
            let entry = try #require(try AuditEntry.fetchOne(db, key: 2))
            let forged = AuditChain.hash(sequence: 2, recordedAt: entry.recordedAt, actor: "coordinator:forged",
                                         personId: entry.personId, action: entry.action,
                                         receiptNumber: entry.receiptNumber, detail: entry.detail,
                                         previousHash: entry.previousHash)
            try db.execute(sql: "UPDATE audit_entries SET actor = 'coordinator:forged', hash = ? WHERE sequence = 2",
                           arguments: [forged])
        }
        #expect(try store.verifyAudit().firstBreak == AuditBreak(sequence: 3, problem: .linkBroken))
    }

    @Test func anIntactChainVerifies() throws {
        let result = try storeWithEntries(6).verifyAudit()
        #expect(result.isIntact && result.entriesChecked == 6)
    }
}
