import CPCSC
import Foundation
import Synchronization

/// Watches pcscd for reader and card changes and yields them as `CardEvent`s off the caller's thread.
///
/// Survives pcscd being absent or restarted (reports `serviceUnavailable` once, then retries) and stops
/// when the stream's consumer goes away.
public struct CardEventSource: Sendable {
    /// How long to wait before trying pcscd again.
    public let retryInterval: Duration

    /// Builds a source that retries every `retryInterval` while pcscd is unreachable.
    public init(retryInterval: Duration = .seconds(1)) {
        self.retryInterval = retryInterval
    }

    /// Starts watching; ends when the consumer stops iterating (the watcher thread is cancelled).
    public func events() -> AsyncStream<CardEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: CardEvent.self, bufferingPolicy: .unbounded)
        let watcher = CardEventWatcher(retryInterval: retryInterval) { continuation.yield($0) }
        continuation.onTermination = { _ in watcher.cancel() }
        let thread = Thread {
            watcher.run()
            continuation.finish()
        }
        thread.name = "card-events"
        thread.start()
        return stream
    }
}

/// The blocking loop behind `CardEventSource`, run on its own thread.
final class CardEventWatcher: Sendable {
    private struct Shared {
        var cancelled = false
        var context: PCSCContext?
    }

    private let shared = Mutex(Shared())
    private let wake = DispatchSemaphore(value: 0)
    private let retryInterval: Duration
    private let emit: @Sendable (CardEvent) -> Void

    init(retryInterval: Duration, emit: @escaping @Sendable (CardEvent) -> Void) {
        self.retryInterval = retryInterval
        self.emit = emit
    }

    private var isCancelled: Bool { shared.withLock { $0.cancelled } }

    func cancel() {
        let context = shared.withLock { state -> PCSCContext? in
            state.cancelled = true
            return state.context
        }
        context?.cancel()
        wake.signal()
    }

    func run() {
        var readers: [String: ReaderState] = [:]
        // Cards put into each reader so far; kept across pcscd restarts, so a number is never given twice.
        var insertions: [String: Int] = [:]
        var reportedUnavailable = false
        while !isCancelled {
            let context: PCSCContext
            do {
                context = try PCSCContext()
            } catch {
                if !reportedUnavailable {
                    emit(.serviceUnavailable(messageKey: SmartCardError.serviceNotRunning.messageKey))
                    reportedUnavailable = true
                }
                pause(retryInterval)
                continue
            }
            reportedUnavailable = false
            let published = shared.withLock { state -> Bool in
                guard !state.cancelled else { return false }
                state.context = context
                return true
            }
            guard published else { break }
            watch(context, readers: &readers, insertions: &insertions)
            shared.withLock { $0.context = nil }
            forgetAll(&readers)
            if !isCancelled {
                emit(.serviceUnavailable(messageKey: SmartCardError.serviceNotRunning.messageKey))
                reportedUnavailable = true
                pause(retryInterval)
            }
        }
    }

    /// Waits for changes until the service goes away or the watcher is cancelled.
    private func watch(_ context: PCSCContext, readers: inout [String: ReaderState], insertions: inout [String: Int]) {
        var plugAndPlay = ReaderState(name: PCSCResult.plugAndPlayReader, currentState: 0)
        var refreshReaders = true
        while !isCancelled {
            if refreshReaders {
                guard let names = try? context.readerNames() else { return }
                for gone in readers.keys where !names.contains(gone) {
                    if readers[gone]?.isPresent == true { emit(.cardRemoved(reader: gone)) }
                    readers[gone] = nil
                    emit(.readerRemoved(gone))
                }
                for name in names where readers[name] == nil {
                    readers[name] = ReaderState(name: name, currentState: 0)
                    emit(.readerAdded(name))
                }
                refreshReaders = false
            }
            let ordered = readers.keys.sorted()
            var states = ordered.map { name -> ReaderState in
                let known = readers[name]!
                return ReaderState(name: name, currentState: known.eventState & ~PCSCResult.stateChanged)
            } + [ReaderState(name: plugAndPlay.name, currentState: plugAndPlay.eventState & ~PCSCResult.stateChanged)]
            let rv = PCSCContext.waitForChange(context.handle, &states, timeout: PCSCResult.infinite)
            if isCancelled || rv == PCSCResult.cancelled { return }
            if PCSCResult.isServiceGone(rv) { return }
            if rv == PCSCResult.unknownReader || rv == PCSCResult.readerUnavailable {
                refreshReaders = true
                continue
            }
            guard rv == PCSCResult.success else {
                pause(.milliseconds(200))
                refreshReaders = true
                continue
            }
            for state in states.dropLast() {
                guard let previous = readers[state.name] else { continue }
                if state.vanished { refreshReaders = true }
                if state.isPresent, !previous.isPresent || (state.changed && previous.atr != state.atr && !state.atr.isEmpty) {
                    if previous.isPresent { emit(.cardRemoved(reader: state.name)) }
                    insertions[state.name, default: 0] += 1
                    emit(.cardInserted(reader: state.name, atr: state.atr, insertion: insertions[state.name, default: 0]))
                } else if !state.isPresent, previous.isPresent {
                    emit(.cardRemoved(reader: state.name))
                }
                readers[state.name] = state
            }
            let pnp = states[states.count - 1]
            if pnp.changed { refreshReaders = true }
            plugAndPlay = pnp
        }
    }

    private func forgetAll(_ readers: inout [String: ReaderState]) {
        for name in readers.keys.sorted() {
            if readers[name]?.isPresent == true { emit(.cardRemoved(reader: name)) }
            emit(.readerRemoved(name))
        }
        readers = [:]
    }

    private func pause(_ duration: Duration) {
        let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
        _ = wake.wait(timeout: .now() + .nanoseconds(Int(nanoseconds)))
    }
}
