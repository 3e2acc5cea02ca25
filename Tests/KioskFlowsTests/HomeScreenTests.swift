import KioskFlows
import Testing
import TerminalUI

/// The home screen: what it shows in both languages and sizes, and what its keys do.
struct HomeScreenTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func homeScreenInChineseMatchesItsSnapshot(width: Int, height: Int) throws {
        try ScreenSnapshot.check(Fixture.state(width: width, height: height), named: "home-zh-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func homeScreenInEnglishMatchesItsSnapshot(width: Int, height: Int) throws {
        var state = Fixture.state(width: width, height: height)
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        try ScreenSnapshot.check(state, named: "home-en-\(width)x\(height)")
    }

    @Test func homeScreenShowsBothLanguagesTheVillageAndTheTime() {
        let text = ScreenSnapshot.text(of: Fixture.state())
        #expect(text.contains("请插入社会保障卡或身份证"))
        #expect(text.contains("Please insert your social-security card or ID card"))
        #expect(text.contains("马山县白山镇那料村"))
        #expect(text.contains("2026-11-30 09:05"))
        #expect(text.contains("[1]") && text.contains("长者模式"))
        #expect(text.contains("[9]") && text.contains("协管员"))
    }

    @Test func languageKeySwitchesToEnglishAndBack() {
        var state = Fixture.state()
        #expect(KioskReducer.reduce(&state, .key(.character("2"))).isEmpty)
        #expect(state.language == .english)
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        #expect(state.language == .chinese)
    }

    @Test func elderlyKeyTurnsOnHighContrastAndSaysSo() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(state.isElderlyMode)
        let grid = KioskRenderer.render(state, strings: ScreenSnapshot.strings)
        #expect(grid.lines.joined().contains("长者模式：大字、高对比"))
        #expect(grid[0, 0].style == Theme.highContrast.title)
    }

    @Test func coordinatorKeyOpensTheLoginAndZeroComesBack() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        #expect(state.screen == .coordinatorLogin(CoordinatorLogin()))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        #expect(state.screen == .home)
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(state.screen == .home)
    }

    @Test(arguments: [Key.character("x"), .character("7"), .up, .function(3), .escape, .enter, .control("c"), .tab])
    func unknownKeysChangeNothingOnTheHomeScreen(key: Key) {
        var state = Fixture.state()
        let before = state
        let effects = KioskReducer.reduce(&state, .key(key))
        #expect(effects.isEmpty)
        #expect(state == before)
    }

    @Test func tooSmallTerminalSaysSoInsteadOfDrawing() throws {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .resized(TerminalSize(width: 60, height: 20)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("窗口太小"))
        #expect(text.contains("Window too small"))
        #expect(text.contains("60×20"))
        #expect(!text.contains("请插入社会保障卡或身份证"))
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        #expect(state.language == .chinese, "keys are ignored while the terminal is too small")
    }

    @Test func clockEventMovesTheStatusLineTime() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: 2026, month: 12, day: 1, hour: 17, minute: 45)))
        let lines = KioskRenderer.render(state, strings: ScreenSnapshot.strings).lines
        #expect(lines[23].contains("2026-12-01 17:45"))
    }

    @Test func terminationSignalEndsTheProgram() {
        var state = Fixture.state()
        #expect(KioskReducer.reduce(&state, .terminationRequested) == [.quit])
        #expect(state.isFinished)
    }
}
