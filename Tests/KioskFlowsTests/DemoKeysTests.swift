import KioskFlows
import Testing
import TerminalUI

/// The demo's function keys: shown on the home screen, inserting and removing demo cards, ending the demo.
struct DemoKeysTests {
    @Test func demoHomeScreenShowsWhichKeysInsertAndRemoveCards() throws {
        let text = ScreenSnapshot.text(of: Fixture.state(settings: Fixture.demoSettings))
        #expect(text.contains("F3 黄秀英"))
        #expect(text.contains("F4 农志强"))
        #expect(text.contains("F9 拔卡"))
        #expect(text.contains("F10 退出"))
        try ScreenSnapshot.check(Fixture.state(settings: Fixture.demoSettings), named: "home-demo-zh-80x24")
    }

    @Test func functionKeysInsertTheMatchingDemoCardAndF9RemovesIt() {
        var state = Fixture.state(settings: Fixture.demoSettings)
        #expect(KioskReducer.reduce(&state, .key(.function(3))) == [.insertDemoCard(index: 0)])
        #expect(KioskReducer.reduce(&state, .key(.function(4))) == [.insertDemoCard(index: 1)])
        #expect(KioskReducer.reduce(&state, .key(.function(5))).isEmpty, "only two demo cards are configured")
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

    /// The demo deck's six cards with the remove and quit keys are wider than 80 columns: the cards take one row and
    /// the remove and quit keys the next, every name stays whole, and the PIN line moves above both rows.
    @Test("six demo cards: card keys on one row, remove and quit on the next, the PIN line above both")
    func sixDemoCardsPutCardKeysAndControlKeysOnTwoRows() throws {
        var settings = Fixture.demoSettings
        settings.demoCardLabels = ["蓝秀梅", "韦丽萍", "梁天佑", "韦秀英", "黄海军", "莫翠兰·ID"]
        settings.demoCardPINs = ["135790", "123456", "314159", "246810", "808080", ""]
        let lines = ScreenSnapshot.text(of: Fixture.state(settings: settings)).components(separatedBy: "\n")
        let keys = lines.enumerated().filter { $0.element.contains("F9 拔卡") || $0.element.contains("F3 蓝秀梅") }
        #expect(keys.count == 2, "two rows of keys:\n\(lines.joined(separator: "\n"))")
        for name in settings.demoCardLabels {
            #expect(lines.contains { $0.contains(name) }, "\(name) is whole on one row")
        }
        #expect(lines.contains { $0.contains("F9 拔卡 F10 退出") }, "the remove and quit keys stay together")
        let pinRow = try #require(lines.firstIndex { $0.contains("演示卡密码：F3 135790") })
        #expect(pinRow < (keys.first?.offset ?? 0), "the PIN line is above the keys")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        var state = Fixture.state(settings: settings)
        #expect(KioskReducer.reduce(&state, .key(.function(8))) == [.insertDemoCard(index: 5)])
    }
}
