import Synchronization
import TerminalUI

/// Events from other threads (card reader, finished effects) waiting for the UI loop to take them.
public final class EventInbox: Sendable {
    private let pending = Mutex<[KioskEvent]>([])
    /// Signalled at each post, so the UI loop waiting for a key takes the event at once.
    public let wake = WakePipe()

    /// An empty inbox.
    public init() {}

    /// Hands an event to the UI loop; safe from any thread.
    public func post(_ event: KioskEvent) {
        pending.withLock { $0.append(event) }
        wake.signal()
    }

    /// Takes every waiting event, oldest first.
    public func drain() -> [KioskEvent] {
        pending.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
