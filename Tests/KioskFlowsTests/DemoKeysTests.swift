import KioskFlows
import Testing
import TerminalUI

/// The demo's function keys: shown on the home screen, inserting and removing demo cards, ending the demo.
struct DemoKeysTests {
    @Test func demoHomeScreenShowsWhichKeysInsertAndRemoveCards() throws {
        let text = ScreenSnapshot.text(of: Fixture.state(settings: Fixture.demoSettings))
        #expect(text.contains("F4 黄秀英"))
        #expect(text.contains("F5 农志强"))
        #expect(text.contains("F9 拔卡"))
        #expect(text.contains("F10 退出"))
        try ScreenSnapshot.check(Fixture.state(settings: Fixture.demoSettings), named: "home-demo-zh-80x24")
    }

    @Test func functionKeysInsertTheMatchingDemoCardAndF9RemovesIt() {
        var state = Fixture.state(settings: Fixture.demoSettings)
        #expect(KioskReducer.reduce(&state, .key(.function(4))) == [.insertDemoCard(index: 0)])
        #expect(KioskReducer.reduce(&state, .key(.function(5))) == [.insertDemoCard(index: 1)])
        #expect(KioskReducer.reduce(&state, .key(.function(6))).isEmpty, "only two demo cards are configured")
        #expect(KioskReducer.reduce(&state, .key(.function(9))) == [.removeDemoCard])
    }

    @Test func f10EndsTheDemoButNotAProductionKiosk() {
        var demo = Fixture.state(settings: Fixture.demoSettings)
        #expect(KioskReducer.reduce(&demo, .key(.function(10))) == [.quit])
        #expect(demo.isFinished)

        var production = Fixture.state()
        #expect(KioskReducer.reduce(&production, .key(.function(10))).isEmpty)
        #expect(!production.isFinished)
        #expect(KioskReducer.reduce(&production, .key(.function(5))).isEmpty)
    }
}
