import Foundation
import HubServer
import SyncProtocol
import Testing

/// The PostgreSQL backend against a real server (`Kiosk/test` starts one and sets `KIOSK_TEST_POSTGRES_URL`).
@Suite(.enabled(if: PostgresTestDatabase.serverURL != nil, "needs the throw-away PostgreSQL cluster Kiosk/test starts"))
struct PostgresHubStorageTests {
    typealias F = HubFixtures

    /// Runs `body` on a fresh database with kiosk K1 registered, then closes and drops it.
    func withStorage(_ body: (PostgresHubStorage, PostgresTestDatabase) async throws -> Void) async throws {
        let database = try await PostgresTestDatabase.create()
        let storage = try await PostgresHubStorage.connect(url: database.url)
        do {
            try await storage.addKiosk("K1", signingKey: KioskKey.generate().signingKey, at: F.instant)
            try await body(storage, database)
        } catch {
            await storage.close()
            try await database.drop()
            throw error
        }
        await storage.close()
        try await database.drop()
    }

    @Test func aRepeatedEntryIsAcknowledgedAndNotStoredAgain() async throws {
        try await withStorage { storage, _ in
            let first = F.entry(), second = F.entry()
            let one = try await storage.store(F.batch("K1", [first]), receivedAt: F.instant)
            let two = try await storage.store(F.batch("K1", [first, second], head: F.head(2), proof: F.head(1)),
                                              receivedAt: F.instant)
            #expect(one.stored == [first.id])
            #expect(two.stored == [second.id] && two.alreadyHeld == [first.id])
            #expect(try await storage.entryCounts().map(\.entries) == [2])
            await #expect(throws: HubStorageError.kioskExists("K1")) {
                try await storage.addKiosk("K1", signingKey: KioskKey.generate().signingKey, at: F.instant)
            }
        }
    }

    @Test func twoHubProcessesOnOneDatabaseStoringTheSameBatchAtOnceStoreEachEntryOnce() async throws {
        try await withStorage { storage, database in
            let other = try await PostgresHubStorage.connect(url: database.url)
            let batch = F.batch("K1", (0..<200).map { _ in F.entry() })
            async let a = storage.store(batch, receivedAt: F.instant)
            async let b = other.store(batch, receivedAt: F.instant)
            let results = await (try? a, try? b)
            await other.close()
            let (one, two) = (try #require(results.0), try #require(results.1))
            #expect(one.stored.count + two.stored.count == 200)
            #expect(one.acknowledged == two.acknowledged)
            #expect(try await storage.entryCounts().map(\.entries) == [200])
        }
    }

    @Test func aNonceIsTakenOnceAcrossProcesses() async throws {
        try await withStorage { storage, database in
            let other = try await PostgresHubStorage.connect(url: database.url)
            let horizon = F.instant.addingTimeInterval(-600)
            let first = try await storage.useNonce("n-12345678", kiosk: "K1", at: F.instant, horizon: horizon)
            let replay = try await other.useNonce("n-12345678", kiosk: "K1", at: F.instant, horizon: horizon)
            await other.close()
            #expect(first && !replay)
        }
    }

    @Test func aRewrittenHistoryIsKeptAsAFinding() async throws {
        try await withStorage { storage, _ in
            _ = try await storage.store(F.batch("K1", [F.entry()], head: F.head(4)), receivedAt: F.instant)
            let receipt = try await storage.store(F.batch("K1", [F.entry()], head: F.head(6, "b"), proof: F.head(4, "c")),
                                                  receivedAt: F.instant)
            #expect(receipt.auditFinding?.contains("rewritten") == true)
            #expect(try await storage.auditFindings().map(\.kioskID) == ["K1"])
        }
    }

    @Test func aPendingActIsDecidedOnceAndTheDecisionIsListedForItsKiosk() async throws {
        try await withStorage { storage, _ in
            let death = F.entry("deathReport"), enrolment = F.entry()
            _ = try await storage.store(F.batch("K1", [death, enrolment]), receivedAt: F.instant)
            #expect(try await storage.pendingActs().map(\.key.entryID) == [death.id])
            let key = EntryKey(kioskID: "K1", entryID: death.id)
            await #expect(throws: HubStorageError.notPending(EntryKey(kioskID: "K1", entryID: enrolment.id).description)) {
                try await storage.decide(EntryKey(kioskID: "K1", entryID: enrolment.id), verdict: .accepted, reason: nil,
                                         officer: "黄", at: F.instant)
            }
            let decision = try await storage.decide(key, verdict: .refused, reason: "缺少证明", officer: "黄", at: F.instant)
            await #expect(throws: HubStorageError.alreadyDecided(key.description)) {
                try await storage.decide(key, verdict: .accepted, reason: nil, officer: "黄", at: F.instant)
            }
            #expect(try await storage.decisions(forKiosk: "K1", after: 0) == [decision])
            #expect(try await storage.pendingActs().isEmpty)
        }
    }
}
