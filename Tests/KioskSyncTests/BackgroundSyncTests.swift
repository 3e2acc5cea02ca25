import Foundation
import KioskStore
@testable import KioskSync
import Testing

struct BackgroundSyncTests {
    typealias F = SyncFixtures

    /// Polls `condition` on the monotonic clock until it holds or `limit` passes.
    static func eventually(within limit: Duration = .seconds(20), _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try condition()
    }

    @Test func theBackgroundSyncDeliversWhatIsRecordedWhileItRunsAndReportsEachPass() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, _) = try hub.sender(store, key: key)
        let passes = ProgressLog()
        let sync = BackgroundSync(sender: sender, backoff: RetryBackoff(initial: 0.05, maximum: 0.2, interval: 0.05)) {
            if case .success(let progress) = $0 { passes.append(progress.stored) }
        }
        sync.start()
        let first = try await Self.eventually { try store.outbox.syncStatus().waiting == 0 }
        try F.enrol(store, sequence: 2)
        let second = try await Self.eventually {
            try store.outbox.syncStatus().waiting == 0 && passes.values.reduce(0, +) == 2
        }
        sync.stop()
        let counts = try await hub.storage.entryCounts()
        await hub.stop()
        #expect(first && second)
        #expect(counts.map(\.entries) == [2])
        #expect(passes.values.reduce(0, +) == 2)
    }
}
