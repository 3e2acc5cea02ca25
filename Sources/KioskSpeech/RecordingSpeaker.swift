import Foundation

/// A speaker for tests and silent demos: records what would be said, in order, instead of saying it.
public final class RecordingSpeaker: Speaker, @unchecked Sendable {
    /// One call the speaker received.
    public enum Event: Sendable, Hashable {
        case speak([Utterance])
        case stop
    }

    private let lock = NSLock()
    private var recorded: [Event] = []
    private let available: Bool

    /// Creates a recording speaker that reports `isAvailable` as given.
    public init(isAvailable: Bool = true) {
        available = isAvailable
    }

    /// True unless created unavailable.
    public var isAvailable: Bool { available }

    /// Every call so far, in order (speak calls only while available).
    public var events: [Event] { lock.withLock { recorded } }

    /// Everything that would have been said, in order, across all batches.
    public var spoken: [Utterance] {
        events.flatMap { event -> [Utterance] in
            if case .speak(let utterances) = event { return utterances }
            return []
        }
    }

    /// Records the batch when available.
    public func speak(_ utterances: [Utterance]) {
        guard available else { return }
        lock.withLock { recorded.append(.speak(utterances)) }
    }

    /// Records the stop.
    public func stop() {
        lock.withLock { recorded.append(.stop) }
    }
}
