import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

struct PinStoreTests {
    typealias F = StoreFixtures
    /// Few iterations keep the tests fast; the stored count is what verification uses.
    static let testIterations = 1_000
    let start = F.instant("2026-06-15", hour: 9)

    static let coordinator = Coordinator(id: "XG-450124-017", name: "韦丽萍",
                                         idNumber: F.person(900, born: "1983-04-12").id, cardNumber: "GX3456789",
                                         villageCode: F.village)

    func storeWithCoordinator(path: String? = nil) throws -> KioskStore {
        let store = try path.map { try KioskStore.open(path: $0, villageCode: F.village) }
            ?? KioskStore.inMemory(villageCode: F.village)
        try store.addCoordinator(Self.coordinator, pin: CoordinatorPIN("480213"), iterations: Self.testIterations,
                                 actor: .system, at: start)
        return store
    }

    @Test func hashesVerifyOnlyTheRightPINAndUseAFreshSaltEachTime() throws {
        let pin = try CoordinatorPIN("480213")
        let a = PINHashing.hash(pin, iterations: 2_000)
        let b = PINHashing.hash(pin, iterations: 2_000)
        #expect(a.salt != b.salt && a.hash != b.hash && a.hash.count == 64 && a.salt.count == 32)
        #expect(PINHashing.verify(pin, against: a) && PINHashing.verify(pin, against: b))
        #expect(!PINHashing.verify(try CoordinatorPIN("480214"), against: a))
        // The iteration count is part of the hash: the same salt with another count does not verify.
        #expect(!PINHashing.verify(pin, against: PINHash(hash: a.hash, salt: a.salt, iterations: 2_001)))
        #expect(PINHashing.constantTimeEqual([1, 2, 3], [1, 2, 3]) && !PINHashing.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PINHashing.constantTimeEqual([1, 2], [1, 2, 3]))
    }

    @Test func newHashesStoreTheDefaultIterationCount() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try store.addCoordinator(Self.coordinator, pin: CoordinatorPIN("480213"), actor: .system, at: start)
        #expect(try store.coordinatorAccounts().first?.pinIterations == PINHashing.defaultIterations)
        let stored = try store.database.read { db in try String.fetchOne(db, sql: "SELECT pin_hash FROM coordinators") }
        #expect(stored?.contains("480213") == false)
    }

    @Test func theRightPINLogsInAndAWrongOneCounts() throws {
        let store = try storeWithCoordinator()
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"), at: start)
            == .accepted(Self.coordinator))
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("000000"), at: start)
            == .refused(.wrongPIN(remainingAttempts: 4)))
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX0000000", pin: CoordinatorPIN("480213"), at: start)
            == .refused(.unknownCard))
    }

    @Test func fiveWrongPINsLockEvenTheRightPINOutForFifteenMinutes() throws {
        let store = try storeWithCoordinator()
        for attempt in 1...4 {
            #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
                == .refused(.wrongPIN(remainingAttempts: 5 - attempt)))
        }
        let until = start.addingTimeInterval(900)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
            == .refused(.locked(until: until)))
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"),
                                                at: start.addingTimeInterval(899)) == .refused(.locked(until: until)))
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"), at: until)
            == .accepted(Self.coordinator))
        let actions = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_entries ORDER BY sequence")
        }
        #expect(actions == ["coordinatorAdded"] + Array(repeating: "coordinatorLoginRefused", count: 4)
            + ["coordinatorLocked", "coordinatorLoginRefused", "coordinatorLogin"])
    }

    @Test func theLockSurvivesReopeningTheDatabaseFile() throws {
        let path = F.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let store = try storeWithCoordinator(path: path)
            for _ in 1...5 {
                _ = try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
            }
        }
        let reopened = try KioskStore.open(path: path, villageCode: F.village)
        let later = start.addingTimeInterval(600)
        #expect(try reopened.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"), at: later)
            == .refused(.locked(until: start.addingTimeInterval(900))))
        #expect(try reopened.coordinatorAccounts().first?.lockout.state(at: later) == .locked(until: start.addingTimeInterval(900)))
    }

    @Test func wrongAttemptsBeforeARestartStillCountAfterIt() throws {
        let path = F.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let store = try storeWithCoordinator(path: path)
            for _ in 1...3 {
                _ = try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
            }
        }
        let reopened = try KioskStore.open(path: path, villageCode: F.village)
        #expect(try reopened.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
            == .refused(.wrongPIN(remainingAttempts: 1)))
    }

    @Test func resettingThePINUnlocksAndOnlyTheNewPINWorks() throws {
        let store = try storeWithCoordinator()
        for _ in 1...5 {
            _ = try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("111112"), at: start)
        }
        try store.resetCoordinatorPIN(id: Self.coordinator.id, pin: CoordinatorPIN("905172"),
                                      iterations: Self.testIterations, actor: .system, at: start)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"), at: start)
            == .refused(.wrongPIN(remainingAttempts: 4)))
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("905172"), at: start)
            == .accepted(Self.coordinator))
        #expect(try store.coordinatorAccounts().first?.lockout == PinLockout())
    }

    @Test func addingTwiceRemovingAndOtherVillagesAreRefused() throws {
        let store = try storeWithCoordinator()
        #expect(throws: CoordinatorStoreError.duplicateCoordinator(Self.coordinator.id)) {
            try store.addCoordinator(Self.coordinator, pin: CoordinatorPIN("480213"), iterations: Self.testIterations,
                                     actor: .system, at: start)
        }
        var elsewhere = Self.coordinator
        elsewhere.id = "XG-450124-099"
        elsewhere.idNumber = F.person(901, born: "1985-01-01").id
        elsewhere.cardNumber = "GX9999999"
        elsewhere.villageCode = "450124100999"
        try store.addCoordinator(elsewhere, pin: CoordinatorPIN("480213"), iterations: Self.testIterations,
                                 actor: .system, at: start)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX9999999", pin: CoordinatorPIN("480213"), at: start)
            == .refused(.otherVillage))
        try store.removeCoordinator(id: Self.coordinator.id, actor: .system, at: start)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX3456789", pin: CoordinatorPIN("480213"), at: start)
            == .refused(.unknownCard))
        #expect(throws: CoordinatorStoreError.unknownCoordinator("nobody")) {
            try store.removeCoordinator(id: "nobody", actor: .system, at: start)
        }
        #expect(try store.verifyAudit().isIntact)
    }
}

struct CoordinatorMigrationTests {
    @Test func laterMigrationsComeAfterTheShippedOnesAndAnOldFileUpgrades() throws {
        let names = KioskMigrations.migrator.migrations
        #expect(Array(names.prefix(3)) == ["2025-01 people and accounts", "2025-01 receipts, audit and outbox",
                                           "2025-01 service records"])
        #expect(Array(names.dropFirst(3).prefix(5)).allSatisfy { $0.hasPrefix("2026-01 ") })
        #expect(names.dropFirst(8).allSatisfy { $0.hasPrefix("2026-12 ") })
        #expect(names.contains("2026-12 served village") && names.contains("2026-12 pension cancellation applications"))
        #expect(names.firstIndex(of: "2026-12 sync entry keys, state and county decisions")! > names.firstIndex(of: "2026-12 served village")!)
        #expect(names.contains("2026-12 identity coordinator lock levels"))
        // A file created with only the shipped migrations gains the new tables and keeps its people.
        let path = StoreFixtures.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try KioskMigrations.migrator.migrate(queue, upTo: "2025-01 service records")
        // The row as the shipped schema held it (today's record type has columns added since).
        let person = StoreFixtures.person(1)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO people (id_number, name, sex, nation_code, birth_date, registered_region, village_code,
                                    address, is_full_time_student, in_employee_scheme)
                VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, 0)
                """, arguments: [person.id.value, person.name, person.sex.rawValue, person.nationCode,
                                 person.birthDate.iso, person.registeredRegion, person.villageCode])
        }
        try queue.close()
        let store = try KioskStore.open(path: path, villageCode: StoreFixtures.village)
        #expect(try store.appliedMigrations() == names)
        #expect(try store.rosterEntries(villageCode: StoreFixtures.village).map(\.needsHomeVisit) == [false])
    }
}
