import Foundation
import TerminalUI

/// The kiosk's loop at the edge: turns terminal input, posted events and the clock into events,
/// runs `reduce`, hands effects to the caller and presents each new frame.
public final class KioskRuntime {
    /// Runs an effect that is not the runtime's own; events it produces go to `inbox`.
    public typealias EffectHandler = (KioskEffect, EventInbox) -> Void

    public let inbox = EventInbox()
    private let terminal: any Terminal
    private let strings: StringCatalog
    private let timeZone: TimeZone
    private let now: () -> Date
    private let handleEffect: EffectHandler
    private(set) public var state: KioskState

    /// A runtime drawing on `terminal`, starting from `state`.
    public init(
        terminal: any Terminal,
        strings: StringCatalog,
        state: KioskState,
        timeZone: TimeZone,
        now: @escaping () -> Date = Date.init,
        handleEffect: @escaping EffectHandler
    ) {
        self.terminal = terminal
        self.strings = strings
        self.state = state
        self.timeZone = timeZone
        self.now = now
        self.handleEffect = handleEffect
    }

    /// Runs until the state is finished, then restores the terminal; returns the last state.
    @discardableResult
    public func run(pollMilliseconds: Int = 200) throws -> KioskState {
        defer { terminal.restore() }
        state.size = terminal.size
        state.clock = WallClockTime(date: now(), timeZone: timeZone)
        var lastFrame: Grid?
        while !state.isFinished {
            let frame = KioskRenderer.render(state, strings: strings)
            if frame != lastFrame {
                try terminal.present(frame)
                lastFrame = frame
            }
            var events: [KioskEvent] = []
            if let input = terminal.nextInput(timeoutMilliseconds: pollMilliseconds) {
                events.append(Self.event(for: input))
            }
            events += inbox.drain()
            let time = WallClockTime(date: now(), timeZone: timeZone)
            if time != state.clock {
                events.append(.clock(time))
            }
            for event in events where !state.isFinished {
                apply(event)
            }
        }
        return state
    }

    /// Applies one event now (the loop's step, also used by tests).
    public func apply(_ event: KioskEvent) {
        for effect in KioskReducer.reduce(&state, event) {
            switch effect {
            case .quit:
                state.isFinished = true
            default:
                handleEffect(effect, inbox)
            }
        }
    }

    static func event(for input: TerminalInput) -> KioskEvent {
        switch input {
        case .key(let key): .key(key)
        case .resize(let size): .resized(size)
        case .terminationRequested: .terminationRequested
        }
    }
}
