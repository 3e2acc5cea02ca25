import Foundation
import KioskDomain
import KioskStore

/// Sends the SMS outbox's pending messages through a sender, one at a time, marking each sent as soon as it is
/// accepted: a batch that fails half-way leaves the rest pending, and the next run sends only those.
public struct SMSDispatcher: Sendable {
    public let outbox: SMSOutbox
    public let sender: any SMSSender
    public let clock: KioskClock

    /// A dispatcher.
    public init(outbox: SMSOutbox, sender: any SMSSender, clock: KioskClock) {
        self.outbox = outbox
        self.sender = sender
        self.clock = clock
    }

    /// What one run did.
    public struct Summary: Hashable, Sendable {
        public var sent = 0
        public var failed = 0
        /// True when the run stopped at the first failure (the rest stay pending for the next run).
        public var stoppedEarly = false
    }

    /// Sends pending messages until one fails (a sender that is down fails them all the same way).
    public func sendPending(limit: Int = 500) async throws -> Summary {
        var summary = Summary()
        for message in try outbox.pending(limit: limit) {
            do {
                let id = try await sender.send(message)
                try outbox.markSent(message.id, gatewayID: id, at: clock.now())
                summary.sent += 1
            } catch let error as SMSSendError {
                try outbox.markFailed(message.id, reason: error.detail, at: clock.now())
                summary.failed += 1
                summary.stoppedEarly = true
                break
            }
        }
        return summary
    }
}
