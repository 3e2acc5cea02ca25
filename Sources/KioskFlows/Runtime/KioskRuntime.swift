import Foundation
import KioskDomain
import TerminalUI

/// The kiosk's loop at the edge: turns terminal input, posted events and the clock into events,
/// runs `reduce`, hands effects to the caller and presents each new frame.
public final class KioskRuntime {
    /// Runs an effect that is not the runtime's own; events it produces go to `inbox`.
    public typealias EffectHandler = (KioskEffect, EventInbox) -> Void

    public let inbox = EventInbox()
    private let terminal: any Terminal
    private let strings: StringCatalog
    /// Where time enters the loop: read each poll, turned into `.clock` events in the clock's zone.
    private let clock: KioskClock
    private let handleEffect: EffectHandler
    private let largeText: LargeTextRenderer?
    private let reader: (any ScreenReader)?
    private var spoken = SpokenState()
    private(set) public var state: KioskState

    /// The key that reads the current screen again in elderly mode.
    public static let repeatKey = Key.character("*")

    /// A runtime drawing on `terminal`, starting from `state`.
    public init(
        terminal: any Terminal,
        strings: StringCatalog,
        state: KioskState,
        clock: KioskClock,
        largeText: LargeTextRenderer? = nil,
        reader: (any ScreenReader)? = nil,
        handleEffect: @escaping EffectHandler
    ) {
        self.largeText = largeText
        self.reader = reader
        self.terminal = terminal
        self.strings = strings
        self.state = state
        self.clock = clock
        self.handleEffect = handleEffect
    }

    /// Runs until the state is finished, then restores the terminal; returns the last state.
    @discardableResult
    public func run(pollMilliseconds: Int = 200) throws -> KioskState {
        defer { terminal.restore() }
        state.size = terminal.size
        state.clock = WallClockTime(date: clock.now(), timeZone: clock.timeZone)
        var lastFrame: Grid?
        var renderedState: KioskState?
        while !state.isFinished {
            // Draw only when something changed: most polls bring no input and the same second.
            if state != renderedState {
                let frame = KioskRenderer.render(state, strings: strings, largeText: largeText)
                if frame != lastFrame {
                    try terminal.present(frame)
                    lastFrame = frame
                }
                renderedState = state
            }
            readAloudIfNew()
            var events: [KioskEvent] = []
            if let input = terminal.nextInput(timeoutMilliseconds: pollMilliseconds, wake: inbox.wake) {
                if case .key(let key) = input, readAloudKey(key) {
                    continue
                }
                if case .key(let key) = input, let turn = elderlyPageTurn(key) {
                    events.append(turn)
                } else {
                    events.append(Self.event(for: input))
                }
            }
            events += inbox.drain()
            let time = WallClockTime(date: clock.now(), timeZone: clock.timeZone)
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

    /// What was last read aloud, so each screen is read once and the warning once per wait.
    private struct SpokenState {
        var screen: Screen?
        var language: Language?
        var page: Int?
        var reading: SpokenScreen.Reading?
        var warnedAt: WallClockTime?
        var lines: [String] { reading?.lines ?? [] }
    }

    /// In elderly mode, 9 and 8 turn the page of choices when there are more than four; nil otherwise.
    private func elderlyPageTurn(_ key: Key) -> KioskEvent? {
        guard state.isElderlyMode, state.fitsTerminal else { return nil }
        return ElderlyScreen.capture(state, strings: strings).paging.event(for: key)
    }

    /// In elderly mode with a reader: reads a screen when it first appears, and the time-out warning once.
    ///
    /// A character typed into a field changes the screen but is not read: the voice says only that one
    /// was entered (or removed), never which, so a PIN, ID or account number is never heard.
    private func readAloudIfNew() {
        guard let reader, state.isElderlyMode, state.fitsTerminal else { return }
        if spoken.screen != state.screen || spoken.language != state.language || spoken.page != state.elderlyPage {
            let reading = SpokenScreen.reading(state, strings: strings)
            if let previous = spoken.reading, spoken.language == state.language, spoken.page == state.elderlyPage,
               previous.withoutFields == reading.withoutFields, previous.typed != reading.typed {
                let key = reading.typed > previous.typed ? "elderly.speech.digitEntered" : "elderly.speech.digitDeleted"
                reader.read([strings.text(key, state.language)])
            } else {
                reader.read(reading.lines)
            }
            spoken.screen = state.screen
            spoken.language = state.language
            spoken.page = state.elderlyPage
            spoken.reading = reading
        }
        if let left = state.secondsUntilTimeout, left <= KioskSettings.timeoutWarningSeconds,
           spoken.warnedAt != state.lastActivity {
            spoken.warnedAt = state.lastActivity
            reader.read([SpokenScreen.countdown(secondsLeft: left, state, strings: strings)])
        }
    }

    /// Any key interrupts the voice; the repeat key reads the screen again. True when the key was the voice's own.
    private func readAloudKey(_ key: Key) -> Bool {
        guard let reader, state.isElderlyMode else { return false }
        if key == Self.repeatKey {
            reader.read(spoken.lines)
            return true
        }
        reader.stop()
        return false
    }

    static func event(for input: TerminalInput) -> KioskEvent {
        switch input {
        case .key(let key): .key(key)
        case .resize(let size): .resized(size)
        case .terminationRequested: .terminationRequested
        }
    }
}
