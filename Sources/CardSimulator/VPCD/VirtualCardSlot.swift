import Foundation
import SmartCard
import Synchronization

/// One virtual reader slot: inserting a card connects to vpcd, removing it disconnects.
///
/// Runs its own thread; `insert`, `remove` and `stop` may be called from any thread.
public final class VirtualCardSlot: Sendable {
    /// vpcd's first port; reader n listens on `basePort + n`.
    public static let basePort: UInt16 = 35963

    private struct Shared {
        var card: SimulatedCard?
        var generation = 0
        var stopped = false
        var started = false
    }

    private let shared = Mutex(Shared())
    private let finished = DispatchSemaphore(value: 0)
    /// The vpcd port this slot connects to.
    public let port: UInt16
    private let host: String
    private let report: @Sendable (SlotEvent) -> Void

    /// Builds a slot for vpcd's reader `reader` (port `basePort + reader` unless `port` is given).
    public init(reader: Int = 0, port: UInt16? = nil, host: String = "127.0.0.1",
                report: @escaping @Sendable (SlotEvent) -> Void = { _ in }) {
        self.port = port ?? VirtualCardSlot.basePort + UInt16(reader)
        self.host = host
        self.report = report
    }

    /// Starts the slot's thread (idempotent).
    public func start() {
        let first = shared.withLock { state -> Bool in
            guard !state.started, !state.stopped else { return false }
            state.started = true
            return true
        }
        guard first else { return }
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "vpcd-slot-\(port)"
        thread.start()
    }

    /// Puts a card in (replacing any card already in).
    public func insert(_ card: SimulatedCard) {
        shared.withLock {
            $0.card = card
            $0.generation += 1
        }
    }

    /// Takes the card out.
    public func remove() {
        shared.withLock {
            $0.card = nil
            $0.generation += 1
        }
    }

    /// Whether a card is in (as commanded; a pulled card counts as out).
    public var hasCard: Bool { shared.withLock { $0.card != nil } }

    /// Stops the thread and waits for it (the card is removed).
    public func stop() {
        let hadThread = shared.withLock { state -> Bool in
            let had = state.started && !state.stopped
            state.stopped = true
            state.card = nil
            state.generation += 1
            return had
        }
        if hadThread { finished.wait() }
    }

    private func run() {
        var announcedWaiting = false
        while true {
            let (wanted, generation, stopped) = shared.withLock { ($0.card, $0.generation, $0.stopped) }
            if stopped { return }
            guard var card = wanted else {
                Thread.sleep(forTimeInterval: 0.01)
                continue
            }
            let link: VPCDLink
            do {
                link = try VPCDLink(host: host, port: port)
            } catch {
                if !announcedWaiting { report(.waitingForReader(port: port)) }
                announcedWaiting = true
                Thread.sleep(forTimeInterval: 0.05)
                continue
            }
            announcedWaiting = false
            let profile = card.profile.id
            report(.inserted(profile: profile))
            serve(link, card: &card, generation: generation, profile: profile)
        }
    }

    private func serve(_ link: VPCDLink, card: inout SimulatedCard, generation: Int, profile: String) {
        while true {
            if shared.withLock({ $0.generation != generation }) {
                report(.removed(profile: profile))
                return
            }
            let message: [UInt8]?
            do { message = try link.receive(timeoutMilliseconds: 20) } catch {
                report(.readerLost(port: port))
                Thread.sleep(forTimeInterval: 0.05)
                return
            }
            guard let message, !message.isEmpty else { continue }
            do {
                if message.count == 1 {
                    switch VPCDLink.Control(rawValue: message[0]) {
                    case .getATR: try link.send(card.profile.atrBytes)
                    case .powerOff:
                        card.powerCycle()
                        report(.poweredOff(profile: profile))
                    case .powerOn, .reset: card.powerCycle()
                    case nil: continue
                    }
                    continue
                }
                let delay = card.answerDelayMilliseconds
                if delay > 0 { Thread.sleep(forTimeInterval: Double(delay) / 1000) }
                switch card.answer(message) {
                case .respond(let bytes):
                    try link.send(bytes)
                case .pull:
                    shared.withLock {
                        if $0.generation == generation {
                            $0.card = nil
                            $0.generation += 1
                        }
                    }
                    report(.pulled(profile: profile, apdus: card.apduCount - 1))
                    return
                }
            } catch {
                report(.readerLost(port: port))
                return
            }
        }
    }
}
