import Foundation
@testable import HubServer
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

struct DeliveryTests {
    typealias F = SyncFixtures

    @Test func anEnrolmentRecordedAtTheKioskIsStoredAtTheHubExactlyOnce() async throws {
        let store = try F.store()
        let receipt = try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        let first = try await sender.syncOnce()
        let again = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(first.stored == 1 && first.alreadyHeld == 0)
        #expect(again.waitingAtStart == 0 && again.acknowledged == 0)
        let counts = try await hub.storage.entryCounts()
        #expect(counts.map(\.entries) == [1])
        let status = try store.outbox.syncStatus()
        #expect(status.waiting == 0 && status.delivered == 1 && status.lastError == nil)
        #expect(status.lastSuccessAt == F.instant)
        let stored = try await hub.storage.database.read { db in
            try String.fetchOne(db, sql: "SELECT receipt_number FROM entries")
        }
        #expect(stored == receipt)
    }

    @Test func aLargeOutboxGoesInSeveralBatchesAndEveryEntryArrivesOnce() async throws {
        let store = try F.store()
        for sequence in 1...25 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key, batchSize: 10)
        let seen = ProgressLog()
        let report = try await sender.syncOnce { seen.append($0.acknowledged) }
        await client.shutdown()
        await hub.stop()
        #expect(seen.values == [10, 20, 25])
        #expect(report.stored == 25)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [25])
    }

    @Test func entriesTheHubStoredBeforeTheLinkDroppedAreAcknowledgedNotStoredAgain() async throws {
        let store = try F.store()
        for sequence in 1...4 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        // The hub took the first two entries, then the link dropped before its answer reached the kiosk.
        let lost = try sender.makeBatch(Array(try store.outbox.pendingForSync(limit: 2)))
        _ = try await hub.storage.store(lost, receivedAt: F.instant)
        #expect(try store.outbox.syncStatus().waiting == 4)
        let report = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(report.alreadyHeld == 2 && report.stored == 2)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [4])
        #expect(try store.outbox.syncStatus().waiting == 0)
    }

    @Test func aHubThatCannotBeReachedLeavesEveryEntryWaitingAndSaysSoThenALaterSyncDelivers() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        await hub.stop()
        let (deadSender, deadClient) = try hub.sender(store, key: key)
        let failure = await #expect(throws: SyncFailure.self) { try await deadSender.syncOnce() }
        await deadClient.shutdown()
        #expect(failure?.isRetryable == true)
        let status = try store.outbox.syncStatus()
        #expect(status.waiting == 1 && status.lastError?.contains("cannot be reached") == true)
        let attempts = try store.outbox.pendingForSync(limit: 10).map(\.attempts)
        #expect(attempts == [1])
        // The hub comes back on the same database (a restart): the entry arrives once and the error clears.
        let restarted = try await RunningHub.start(storage: hub.storage)
        let (sender, client) = try restarted.sender(store, key: key)
        let report = try await sender.syncOnce()
        await client.shutdown()
        await restarted.stop()
        #expect(report.stored == 1)
        #expect(try store.outbox.syncStatus().lastError == nil)
    }

    @Test func aHubRestartedOnItsFileBetweenBatchesKeepsWhatItStoredAndStoresTheRestOnce() async throws {
        let path = HubTestFiles.temporaryPath()
        defer { HubTestFiles.remove(path) }
        let store = try F.store()
        for sequence in 1...6 { try F.enrol(store, sequence: sequence) }
        let key = KioskKey.generate()
        let firstStorage = try SQLiteHubStorage.open(path: path)
        try await firstStorage.addKiosk("K1", signingKey: key.signingKey, at: F.instant)
        let first = try await RunningHub.start(storage: firstStorage)
        let (sender, client) = try first.sender(store, key: key, batchSize: 3)
        let partial = try sender.makeBatch(try store.outbox.pendingForSync(limit: 3))
        _ = try await client.send(partial)
        await client.shutdown()
        await first.stop()
        let second = try await RunningHub.start(storage: try SQLiteHubStorage.open(path: path))
        let (again, againClient) = try second.sender(store, key: key, batchSize: 3)
        let report = try await again.syncOnce()
        await againClient.shutdown()
        await second.stop()
        #expect(report.alreadyHeld == 3 && report.stored == 3)
        #expect(try await second.storage.entryCounts().map(\.entries) == [6])
    }
}

/// Progress values a sync reported, in order.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = [Int]()

    func append(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}

/// Temporary hub database files.
enum HubTestFiles {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("hub-sync-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
