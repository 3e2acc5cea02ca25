import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct RecordingTests {
    typealias F = StoreFixtures

    @Test func anEnrolmentStoresRecordsReceiptAuditAndOutboxTogether() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        let coordinator = Actor.coordinator(id: "XG-017", name: "韦丽")
        let receipt = try store.record(.enrolment(F.enrolment(person, on: "2025-03-14")), actor: coordinator,
                                       at: F.instant("2025-03-14"))
        #expect(receipt.number == "450124100210-20250314-0001")
        #expect(receipt.maskedID == person.id.masked)
        #expect(receipt.amount == .yuan(200))
        #expect(try store.account(person.id).status == .paying)
        #expect(try store.person(person.id) == person)
        let stored = try #require(try store.receipt(number: receipt.number))
        #expect(stored.actor == coordinator)
        #expect(stored.summary == receipt.summary)
        #expect(try store.outbox.pendingCount() == 1)
        #expect(try store.outbox.pending().first?.idempotencyKey == receipt.number)
        let audit = try store.auditEntries(for: person.id)
        #expect(audit.count == 1 && audit[0].receiptNumber == receipt.number && audit[0].action == "enrolment")
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func receiptNumbersCountPerDayInChinaTime() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let a = F.person(1), b = F.person(2), c = F.person(3)
        let first = try store.record(.registration(a), actor: .selfService, at: F.instant("2025-03-14", hour: 9))
        let second = try store.record(.registration(b), actor: .selfService, at: F.instant("2025-03-14", hour: 23))
        // 00:30 in China is still the previous day in UTC: the China day counts.
        let third = try store.record(.registration(c), actor: .selfService, at: F.instant("2025-03-15", hour: 0))
        #expect([first.number, second.number, third.number]
            == ["450124100210-20250314-0001", "450124100210-20250314-0002", "450124100210-20250315-0001"])
    }

    @Test func aFailingEventWritesNothingAtAll() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        try store.record(.enrolment(F.enrolment(person, on: "2025-03-14")), actor: .selfService, at: F.instant("2025-03-14"))
        let account = try store.account(person.id)
        let payment = F.contribution(person, account: account, on: "2025-03-14")
        _ = try store.record(.contribution(payment), actor: .selfService, at: F.instant("2025-03-14"))
        // The same year again violates the (person, year) uniqueness after receipt and account were written.
        #expect(throws: StoreError.self) {
            try store.record(.contribution(payment), actor: .selfService, at: F.instant("2025-03-14"))
        }
        let counts = try store.database.read { db in
            try ["receipts", "audit_entries", "outbox", "contributions"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
        #expect(counts == [2, 2, 2, 1])
        // An unknown person is refused too.
        let stranger = F.person(9)
        let strangerPayment = F.contribution(stranger, account: F.enrolment(stranger, on: "2025-03-14").account,
                                             on: "2025-03-14")
        #expect(throws: StoreError.unknownPerson(stranger.id.masked)) {
            try store.record(.contribution(strangerPayment), actor: .selfService, at: F.instant("2025-03-14"))
        }
        let next = try store.record(.registration(F.person(4)), actor: .selfService, at: F.instant("2025-03-14"))
        #expect(next.number == "450124100210-20250314-0003")
    }

    @Test func historyAndServiceRowsReadBack() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        try store.record(.enrolment(F.enrolment(person, on: "2025-03-14")), actor: .selfService, at: F.instant("2025-03-14"))
        let payment = F.contribution(person, account: try store.account(person.id), on: "2025-03-14")
        let receipt = try store.record(.contribution(payment), actor: .selfService, at: F.instant("2025-03-14"))
        #expect(try store.history(person.id).contributions == payment.contributions)
        #expect(receipt.amount == .yuan(300))
        #expect(try store.receipts(for: person.id).count == 2)
    }

    @Test func theOutboxTracksAttemptsAndDelivery() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try store.record(.registration(F.person(1)), actor: .selfService, at: F.instant("2025-03-14"))
        let entry = try #require(try store.outbox.pending().first)
        let id = try #require(entry.id)
        try store.outbox.recordFailedAttempt(id: id, at: F.instant("2025-03-14", hour: 13), error: "timeout")
        #expect(try store.outbox.pending().first?.attempts == 1)
        try store.outbox.markDelivered(id: id, at: F.instant("2025-03-14", hour: 14))
        #expect(try store.outbox.pendingCount() == 0)
    }

    @Test func aFileStoreUsesWALForeignKeysAndFullSync() throws {
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try KioskStore.open(path: path, villageCode: F.village)
        let pragmas = try store.database.read { db in
            try ["journal_mode", "synchronous", "foreign_keys"].map {
                try String.fetchOne(db, sql: "PRAGMA \($0)") ?? ""
            }
        }
        #expect(pragmas == ["wal", "2", "1"])
        #expect(try store.appliedMigrations() == KioskMigrations.migrator.migrations)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func coverageCountsLivingAdultsAndListsTheUninsured() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let insured = F.person(1), uninsured = F.person(2), child = F.person(3, born: "2009-03-15")
        var worker = F.person(4)
        worker.inEmployeeScheme = true
        try store.record(.enrolment(F.enrolment(insured, on: "2025-03-14")), actor: .selfService, at: F.instant("2025-03-14"))
        for p in [uninsured, child, worker] {
            try store.record(.registration(p), actor: .selfService, at: F.instant("2025-03-14"))
        }
        #expect(try store.uninsuredAdults(villageCode: F.village, on: F.day("2025-03-14")).map(\.id) == [uninsured.id])
        #expect(try store.coverage(villageCode: F.village, on: F.day("2025-03-14")) == CoverageRate(adults: 3, insured: 2))
        // On the 16th birthday the child becomes an uninsured adult.
        #expect(try store.uninsuredAdults(villageCode: F.village, on: F.day("2025-03-15")).count == 2)
    }
}
