import Foundation
import KioskDomain
import KioskFlows
import Synchronization
import Testing
import TerminalUI

/// Elderly mode on the villager screens: large glyphs with the font, normal text without it, the
/// longer time-out, and what is read aloud.
struct ElderlyModeTests {
    static let unifont = UnifontFont.debianPath
    static let fontInstalled = FileManager.default.fileExists(atPath: unifont)

    static func elderlySession() -> KioskState {
        var state = VillagerFixture.session(VillagerFixture.pensioner())
        state.isElderlyMode = true
        return state
    }

    @Test(.enabled(if: fontInstalled, "Debian's unifont is not installed (Kiosk/setup installs it)"))
    func menuChoicesAndKeyFiguresAreDrawnEightRowsTall() throws {
        let large = try LargeTextRenderer(font: UnifontFont(path: Self.unifont))
        var state = Self.elderlySession()
        let menu = KioskRenderer.render(state, strings: ScreenSnapshot.strings, largeText: large)
        let blockRows = menu.lines.filter { $0.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) } }
        #expect((5...8).contains(blockRows.count), "one big line, eight rows tall:\n\(menu.lines.joined(separator: "\n"))")
        #expect(menu.lines.joined().contains("▶"), "the selected choice carries a mark, not only a colour")
        #expect(menu.lines.contains { $0.contains("[1] 资格认证") }, "every choice is listed in normal text too")

        _ = VillagerFixture.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        let confirmation = KioskRenderer.render(state, strings: ScreenSnapshot.strings, largeText: large)
        #expect((5...8).contains(confirmation.lines.filter { $0.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) } }.count))
        #expect(confirmation.lines.joined().contains("下次认证截止"))
    }

    @Test func withoutTheFontElderlyModeFallsBackToNormalTextInHighContrast() {
        let state = Self.elderlySession()
        let grid = KioskRenderer.render(state, strings: ScreenSnapshot.strings, largeText: LargeTextRenderer(font: nil))
        #expect(grid.lines.joined().contains("资格认证"))
        #expect(grid[0, 0].style == Theme.highContrast.title)
    }

    @Test func elderlySessionsWaitThreeMinutesBeforeTimingOut() {
        var state = Self.elderlySession()
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 7, second: 0)))
        #expect(state.screen != .home, "two minutes is not enough to end an elderly session")
        #expect(state.secondsUntilTimeout == 60)
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 8, second: 0)))
        #expect(state.screen == .home)
    }

    @Test func spokenLinesHaveNoFramesMarksOrThePIN() {
        var pin = CoordinatorLoginTests.atPIN()
        for digit in "4321" { _ = KioskReducer.reduce(&pin, .key(.character(digit))) }
        let spokenPIN = SpokenScreen.lines(pin, strings: ScreenSnapshot.strings).joined(separator: "\n")
        #expect(!spokenPIN.contains("4321"))
        #expect(!spokenPIN.contains("●"))
        #expect(spokenPIN.contains("请输入 6 位密码"))

        let menu = SpokenScreen.lines(Self.elderlySession(), strings: ScreenSnapshot.strings)
        #expect(menu.first?.contains("请选择要办理的业务") == true)
        #expect(menu.contains { $0.contains("按 1，资格认证") })
        #expect(!menu.contains { $0.contains("马山县白山镇那料村") }, "the status line is not read")
        #expect(!menu.joined().contains("┌") && !menu.joined().contains("▶"))
    }

    @Test func theRuntimeReadsEachNewScreenOnceStopsOnAKeyAndRepeatsOnStar() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.character("*")), .key(.character("1")), .terminationRequested(signal: SIGTERM)])
        let reader = RecordingReader()
        var state = Self.elderlySession()
        state.clock = Fixture.clock
        let runtime = KioskRuntime(
            terminal: terminal, strings: ScreenSnapshot.strings, state: state,
            clock: .fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!),
            reader: reader, handleEffect: { _, _ in }
        )
        try runtime.run(pollMilliseconds: 1)
        let log = reader.log
        #expect(log.first?.hasPrefix("read:请选择要办理的业务") == true)
        #expect(log.count >= 4)
        #expect(log[1] == log[0], "* reads the same screen again")
        #expect(log[2] == "stop", "a key interrupts the voice")
        #expect(log[3].hasPrefix("read:资格认证"), "the next screen is read: \(log)")
    }
}

/// A screen reader that records what it was told, for tests.
final class RecordingReader: ScreenReader {
    private let entries = Mutex<[String]>([])
    var log: [String] { entries.withLock { $0 } }
    func read(_ lines: [String]) { entries.withLock { $0.append("read:" + lines.joined(separator: "|")) } }
    func stop() { entries.withLock { $0.append("stop") } }
}
