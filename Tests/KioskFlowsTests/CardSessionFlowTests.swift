import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// A villager's card session: insert, read, greet, problems, and the end when the card is pulled.
struct CardSessionFlowTests {
    static let holder = CardHolder(idNumber: "45102619560307002X", name: "黄秀英", cardKind: .socialSecurityCard)

    @Test func insertingACardAsksToReadItAndShowsReading() {
        var state = Fixture.state()
        #expect(KioskReducer.reduce(&state, .card(.inserted(reader: "Virtual PCD 00 00"))) == [.readCard(reader: "Virtual PCD 00 00")])
        #expect(state.screen == .readingCard(reader: "Virtual PCD 00 00"))
        #expect(ScreenSnapshot.text(of: state).contains("读卡时不要拔卡"))
    }

    @Test func aReadCardGreetsTheHolderWithTheIDNumberMasked() throws {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(Self.holder)))
        #expect(state.screen == .identified(Self.holder))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("您好，黄秀英"))
        #expect(text.contains("4510**********002X"))
        #expect(!text.contains("45102619560307002X"), "the full ID number is never on the greeting")
        try ScreenSnapshot.checkBoth(state, named: "identified")
    }

    @Test func pullingTheCardEndsTheSessionAndClearsPersonalData() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(Self.holder)))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .home)
        #expect(state.language == .chinese, "the next villager starts in Chinese")
        #expect(!state.isElderlyMode, "elderly mode lasts one session")
        let text = ScreenSnapshot.text(of: state)
        #expect(!text.contains("黄秀英"))
        #expect(!text.contains("002X"))
    }

    @Test func pullingTheCardWhileReadingGoesHomeAndALateReadResultIsIgnored() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .home)
        _ = KioskReducer.reduce(&state, .card(.read(Self.holder)))
        #expect(state.screen == .home, "a read finishing after the card left shows nobody")
    }

    @Test func aFailedReadShowsTheReasonAndAskToPullTheCard() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.readFailed(UserMessage("card.service.unavailable"))))
        #expect(state.screen == .cardProblem(UserMessage("card.service.unavailable")))
        #expect(ScreenSnapshot.text(of: state).contains("请拔出卡片"))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .home)
    }

    @Test func aCardServiceOutageIsShownOnHomeUntilItRecovers() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.serviceUnavailable(UserMessage("card.service.unavailable"))))
        #expect(ScreenSnapshot.text(of: state).contains("读卡服务未运行"))
        _ = KioskReducer.reduce(&state, .card(.serviceAvailable))
        #expect(!ScreenSnapshot.text(of: state).contains("读卡服务未运行"))
    }

    @Test func aSecondCardInsertedDuringASessionIsNotRead() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(Self.holder)))
        #expect(KioskReducer.reduce(&state, .card(.inserted(reader: "r2"))).isEmpty)
        #expect(state.screen == .identified(Self.holder))
    }
}
