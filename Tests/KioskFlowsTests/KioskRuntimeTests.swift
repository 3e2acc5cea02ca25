import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The loop at the edge, on a memory terminal: frames, resizes, effects, and the terminal restored.
struct KioskRuntimeTests {
    private func runtime(
        _ terminal: MemoryTerminal, settings: KioskSettings = Fixture.settings,
        effects: @escaping KioskRuntime.EffectHandler = { _, _ in }
    ) -> KioskRuntime {
        let state = KioskState(settings: settings, size: terminal.size, clock: Fixture.clock)
        let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_795_999_500), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        return KioskRuntime(
            terminal: terminal, strings: ScreenSnapshot.strings, state: state,
            clock: clock, handleEffect: effects
        )
    }

    @Test func drawsTheHomeScreenRedrawsOnResizeAndRestoresTheTerminalWhenTold() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([
            .key(.character("2")), .resize(TerminalSize(width: 120, height: 40)), .terminationRequested(signal: SIGTERM),
        ])
        let final = try runtime(terminal).run(pollMilliseconds: 1)

        #expect(final.isFinished)
        #expect(terminal.isRestored)
        let first = try #require(terminal.frames.first)
        #expect(first.width == 80)
        #expect(first.lines.joined().contains("按数字键选择"))
        let last = try #require(terminal.lastFrame)
        #expect(last.width == 120 && last.height == 40)
        #expect(last.lines.joined().contains("Press a number key to choose"))
    }

    @Test func unchangedStateIsNotPresentedAgain() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.character("x")), .key(.character("y")), .terminationRequested(signal: SIGHUP)])
        try runtime(terminal).run(pollMilliseconds: 1)
        #expect(terminal.frames.count == 1)
    }

    @Test func demoCardEffectsGoToTheEffectHandlerInOrder() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.function(4)), .key(.function(9)), .key(.function(10))])
        let seen = EffectLog()
        try runtime(terminal, settings: Fixture.demoSettings) { effect, _ in seen.append(effect) }.run(pollMilliseconds: 1)
        #expect(seen.effects == [.insertDemoCard(index: 1), .removeDemoCard])
        #expect(terminal.isRestored)
    }

    @Test func eventsPostedFromAnotherThreadReachReduce() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        let runtime = runtime(terminal)
        let inbox = runtime.inbox
        let poster = Thread { inbox.post(.terminationRequested) }
        poster.start()
        let final = try runtime.run(pollMilliseconds: 5)
        #expect(final.isFinished)
    }
}

/// Effects seen by a test's effect handler.
final class EffectLog: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [KioskEffect] = []
    func append(_ effect: KioskEffect) { lock.withLock { seen.append(effect) } }
    var effects: [KioskEffect] { lock.withLock { seen } }
}
