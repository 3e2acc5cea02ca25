import Foundation
import HubServer
import SyncProtocol
import Testing

struct SQLiteHubStorageTests {
    typealias F = HubFixtures

    func registered(_ storage: any HubStorage, _ kiosk: String = "K1") async throws {
        try await storage.addKiosk(kiosk, signingKey: KioskKey.generate().signingKey, at: F.instant)
    }

    @Test func aRepeatedEntryIsAcknowledgedAndNotStoredAgain() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        let first = F.entry(), second = F.entry()
        let one = try await storage.store(F.batch("K1", [first]), receivedAt: F.instant)
        let two = try await storage.store(F.batch("K1", [first, second], head: F.head(2), proof: F.head(1)),
                                          receivedAt: F.instant)
        #expect(one.stored == [first.id] && one.alreadyHeld.isEmpty)
        #expect(two.stored == [second.id] && two.alreadyHeld == [first.id])
        #expect(try await storage.entryCounts().map(\.entries) == [2])
    }

    @Test func theSameUUIDFromTwoKiosksIsTwoEntries() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage, "K1")
        try await registered(storage, "K2")
        let entry = F.entry()
        _ = try await storage.store(F.batch("K1", [entry]), receivedAt: F.instant)
        let other = try await storage.store(F.batch("K2", [entry]), receivedAt: F.instant)
        #expect(other.stored == [entry.id])
    }

    @Test func aNonceIsTakenOnceAndForgottenAfterTheHorizon() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        let later = F.instant.addingTimeInterval(700)
        #expect(try await storage.useNonce("n-12345678", kiosk: "K1", at: F.instant, horizon: F.instant.addingTimeInterval(-600)))
        #expect(try await !storage.useNonce("n-12345678", kiosk: "K1", at: F.instant, horizon: F.instant.addingTimeInterval(-600)))
        #expect(try await storage.useNonce("n-12345678", kiosk: "K2", at: F.instant, horizon: F.instant.addingTimeInterval(-600)))
        #expect(try await storage.useNonce("n-12345678", kiosk: "K1", at: later, horizon: later.addingTimeInterval(-600)))
    }

    @Test func aRewrittenHistoryIsKeptAsAFindingAndTheBatchIsStoredAllTheSame() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        _ = try await storage.store(F.batch("K1", [F.entry()], head: F.head(4)), receivedAt: F.instant)
        let receipt = try await storage.store(F.batch("K1", [F.entry()], head: F.head(6, "b"), proof: F.head(4, "c")),
                                              receivedAt: F.instant)
        #expect(receipt.stored.count == 1)
        #expect(receipt.auditFinding?.contains("rewritten") == true)
        #expect(try await storage.auditFindings().map(\.kioskID) == ["K1"])
    }

    @Test func onlyAPendingActCanBeDecidedOnceAndARefusalNeedsAReason() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        let death = F.entry("deathReport"), enrolment = F.entry("enrolment")
        _ = try await storage.store(F.batch("K1", [death, enrolment]), receivedAt: F.instant)
        #expect(try await storage.pendingActs().map(\.key.entryID) == [death.id])
        let deathKey = EntryKey(kioskID: "K1", entryID: death.id)
        await #expect(throws: HubStorageError.reasonRequired) {
            try await storage.decide(deathKey, verdict: .refused, reason: " ", officer: "黄", at: F.instant)
        }
        await #expect(throws: HubStorageError.notPending(EntryKey(kioskID: "K1", entryID: enrolment.id).description)) {
            try await storage.decide(EntryKey(kioskID: "K1", entryID: enrolment.id), verdict: .accepted, reason: nil,
                                     officer: "黄", at: F.instant)
        }
        let decision = try await storage.decide(deathKey, verdict: .accepted, reason: nil, officer: "黄", at: F.instant)
        await #expect(throws: HubStorageError.alreadyDecided(deathKey.description)) {
            try await storage.decide(deathKey, verdict: .refused, reason: "late", officer: "黄", at: F.instant)
        }
        #expect(try await storage.pendingActs().isEmpty)
        #expect(try await storage.decisions(forKiosk: "K1", after: 0) == [decision])
        #expect(try await storage.decisions(forKiosk: "K1", after: decision.sequence).isEmpty)
        #expect(try await storage.decisions(forKiosk: "K2", after: 0).isEmpty)
    }

    @Test func twoHubProcessesOnOneFileStoringTheSameBatchAtOnceStoreEachEntryOnce() async throws {
        let path = F.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try SQLiteHubStorage.open(path: path)
        try await registered(first)
        let second = try SQLiteHubStorage.open(path: path)
        let batch = F.batch("K1", (0..<200).map { _ in F.entry() })
        async let a = first.store(batch, receivedAt: F.instant)
        async let b = second.store(batch, receivedAt: F.instant)
        let (one, two) = try await (a, b)
        #expect(one.stored.count + two.stored.count == 200)
        #expect(one.acknowledged == two.acknowledged)
        #expect(try await first.entryCounts().map(\.entries) == [200])
    }
}
