import Foundation
import Synchronization

/// The kiosk's background sender: syncs at the regular interval, backs off exponentially with jitter while the
/// link is bad, and never runs on the screen's thread or inside a save.
public final class BackgroundSync: Sendable {
    let sender: OutboxSender
    let backoff: RetryBackoff
    let report: @Sendable (Result<SyncProgress, SyncFailure>) -> Void
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// A background sync of `sender`, reporting each pass's outcome to `report` (the technicians' log).
    public init(sender: OutboxSender, backoff: RetryBackoff = RetryBackoff(),
                report: @escaping @Sendable (Result<SyncProgress, SyncFailure>) -> Void = { _ in }) {
        self.sender = sender
        self.backoff = backoff
        self.report = report
    }

    /// Starts the loop (once; a second call does nothing).
    public func start() {
        task.withLock { task in
            guard task == nil else { return }
            let sender = self.sender, backoff = self.backoff, report = self.report
            task = Task.detached(priority: .background) {
                var failures = 0
                while !Task.isCancelled {
                    do throws(SyncFailure) {
                        report(.success(try await sender.syncOnce()))
                        failures = 0
                    } catch {
                        report(.failure(error))
                        failures += 1
                    }
                    let wait = backoff.delay(afterFailures: failures, unit: Double.random(in: 0..<1))
                    try? await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                }
                await sender.client.shutdown()
            }
        }
    }

    /// Stops the loop and then closes its connections; a batch in flight is abandoned, and its entries stay waiting
    /// unless the hub acknowledged them.
    public func stop() {
        task.withLock { task in
            task?.cancel()
            task = nil
        }
    }
}
