import Foundation
import KioskSync
import Synchronization

/// The kiosk's background SMS sender: drains the SMS outbox through the configured sender on its own task (never the
/// screen's thread, never inside a save), looking again at the regular interval, and backing off exponentially with
/// jitter after a run that failed. Each message is sent once: `SMSDispatcher` marks it sent as soon as it is accepted,
/// and a run stops at the first failure, leaving the rest pending for the next.
public final class BackgroundSMSSender: Sendable {
    /// The waits between runs (the same rule as the upstream sync's).
    public typealias Backoff = RetryBackoff

    let dispatcher: SMSDispatcher
    let backoff: Backoff
    let report: @Sendable (Result<SMSDispatcher.Summary, any Error>) -> Void
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// A background sender over `dispatcher`, reporting each run's outcome to `report` (the technicians' log).
    public init(dispatcher: SMSDispatcher, backoff: Backoff = Backoff(initial: 5, maximum: 600, interval: 30),
                report: @escaping @Sendable (Result<SMSDispatcher.Summary, any Error>) -> Void = { _ in }) {
        self.dispatcher = dispatcher
        self.backoff = backoff
        self.report = report
    }

    /// The most messages one run hands on; a full run is followed at once by the next.
    static let runLimit = 200

    /// Starts the loop (once; a second call does nothing).
    public func start() {
        task.withLock { task in
            guard task == nil else { return }
            let dispatcher = self.dispatcher, backoff = self.backoff, report = self.report
            task = Task.detached(priority: .background) {
                var failures = 0
                while !Task.isCancelled {
                    var more = false
                    do {
                        let summary = try await dispatcher.sendPending(limit: Self.runLimit)
                        report(.success(summary))
                        failures = summary.stoppedEarly ? failures + 1 : 0
                        more = !summary.stoppedEarly && summary.sent == Self.runLimit
                    } catch {
                        report(.failure(error))
                        failures += 1
                    }
                    guard !more else { continue }
                    let wait = backoff.delay(afterFailures: failures, unit: Double.random(in: 0..<1))
                    try? await Task.sleep(for: .milliseconds(Int64(wait * 1000)))
                }
            }
        }
    }

    /// Stops the loop; a message in flight is finished or left pending, never marked twice.
    public func stop() {
        task.withLock { task in
            task?.cancel()
            task = nil
        }
    }
}
