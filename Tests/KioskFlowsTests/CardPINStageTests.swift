import Foundation
import KioskDomain
@testable import KioskFlows
import Testing
import TerminalUI

/// The one card-PIN stage between a service's decision and its confirmation.
struct CardPINStageTests {
    typealias F = VillagerFixture

    /// A pensioner due for certification, at the PIN stage of the certification.
    static func atPIN(language: Language = .chinese, settings: KioskSettings = Fixture.settings) -> KioskState {
        var state = Fixture.state(settings: settings)
        state.language = language
        let file = F.pensioner()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard,
                                reader: "Reader A")
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "Reader A")))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        _ = F.press(&state, .character("1"), .character("1"))
        return state
    }

    static func isRecord(_ effect: KioskEffect) -> Bool {
        if case .record = effect { true } else { false }
    }

    @Test func certificationAsksForTheCardsPINBeforeTheConfirmationAndNoKeyRecordsWithoutIt() throws {
        var state = Self.atPIN()
        #expect(CardPINSteps.stage(state) != nil)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("社保卡密码") && text.contains("资格认证"))
        #expect(!text.contains("450124194906293304"), "the full ID number waits for the confirmation")
        try ScreenSnapshot.checkBoth(state, named: "cardPIN-typing")
        let keys: [Key] = [.character("1"), .enter, .character("1"), .enter, .enter]
        let effects = keys.flatMap { KioskReducer.reduce(&state, .key($0)) }
        #expect(!effects.contains(where: Self.isRecord), "Enter before six digits records nothing")
        #expect(!effects.contains { if case .verifyCardPIN = $0 { true } else { false } })
    }

    @Test func thePINIsMaskedOnScreenSentToTheCardOfTheSessionAndThenGoneFromTheState() {
        var state = Self.atPIN()
        for digit in "24681" { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        let typing = ScreenSnapshot.text(of: state)
        #expect(!typing.contains("24681"))
        #expect(typing.contains("●●●●●"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        let effects = KioskReducer.reduce(&state, .key(.enter))
        #expect(effects == [.verifyCardPIN(reader: "Reader A", pin: "246810")])
        #expect(!String(describing: state).contains("246810"), "the PIN is not kept once it went to the card")
        #expect(ScreenSnapshot.text(of: state).contains("卡片正在核对密码"))
        #expect(F.press(&state, .character("1"), .enter).isEmpty, "keys while the card checks do nothing")
    }

    @Test func theCardAcceptingThePINLeadsToTheConfirmationAndThenToOneRecord() {
        var state = Self.atPIN()
        CardPINSteps.pass(&state)
        #expect(ScreenSnapshot.text(of: state).contains("450124194906293304"))
        let effects = F.press(&state, .character("1"))
        #expect(effects.filter(Self.isRecord).count == 1)
    }

    @Test(arguments: [Language.chinese, .english])
    func aWrongPINShowsTheTriesLeftAndTheHolderTypesAgain(language: Language) throws {
        var state = Self.atPIN(language: language)
        CardPINSteps.type("111111", &state)
        _ = KioskReducer.reduce(&state, .cardPINChecked(.wrong(triesLeft: 2)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains(language == .chinese ? "还可以再试 2 次" : "2 tries left"))
        try ScreenSnapshot.check(state, named: "cardPIN-wrong-\(language == .chinese ? "zh" : "en")")
        guard case .typing(let entry, _)? = CardPINSteps.stage(state)?.phase else {
            Issue.record("not typing again")
            return
        }
        #expect(entry.text.isEmpty, "the wrong PIN is not kept in the field")
        CardPINSteps.pass(&state)
        guard case .villager(let session) = state.screen, case .confirming = session.step else {
            Issue.record("the right PIN after a wrong one does not lead on")
            return
        }
    }

    @Test func aBlockedPINSendsTheHolderToTheCountyOfficeAndRecordsNothing() throws {
        var state = Self.atPIN()
        CardPINSteps.type("111111", &state)
        _ = KioskReducer.reduce(&state, .cardPINChecked(.blocked))
        #expect(ScreenSnapshot.text(of: state).contains("县社保经办窗口解锁"))
        try ScreenSnapshot.checkBoth(state, named: "cardPIN-blocked")
        let effects = F.press(&state, .character("1"), .enter)
        #expect(!effects.contains(where: Self.isRecord))
        #expect(ScreenSnapshot.text(of: state).contains("请选择要办理的业务"))
    }

    @Test func aCardStillOnTheIssuingDefaultPINMayNotTransact() {
        var state = Self.atPIN()
        CardPINSteps.type("123456", &state)
        _ = KioskReducer.reduce(&state, .cardPINChecked(.onIssuingDefault))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("初始密码") && text.contains("修改密码"))
        guard case .refused? = CardPINSteps.stage(state)?.phase else {
            Issue.record("the default PIN was not refused")
            return
        }
    }

    @Test func aPINTheCardCouldNotCheckSaysWhyAndLetsTheHolderTryAgain() {
        var state = Self.atPIN()
        CardPINSteps.type("246810", &state)
        _ = KioskReducer.reduce(&state, .cardPINChecked(.failed(UserMessage("card.error.readerFailure"))))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("密码未能核对"))
        #expect(!text.contains("{reason}"))
        guard case .typing? = CardPINSteps.stage(state)?.phase else {
            Issue.record("not typing again")
            return
        }
    }

    @Test func pullingTheCardAtThePINEndsTheSessionAndALateAnswerChangesNothing() {
        var state = Self.atPIN()
        CardPINSteps.type("246810", &state)
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "Reader A")))
        #expect(state.screen == .home)
        #expect(KioskReducer.reduce(&state, .cardPINChecked(.verified)).isEmpty)
        #expect(state.screen == .home)
    }

    @Test func aResidentIDCardCannotShowItsHolderIsPresentSoTheStageRefuses() {
        var state = Fixture.state()
        let file = F.pensioner()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .residentIDCard, reader: "R")
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "R")))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        var effects = F.press(&state, .character("1"), .character("1"))
        #expect(ScreenSnapshot.text(of: state).contains("身份证不能证明本人在场"))
        effects += F.press(&state, .character("1"), .enter, .character("1"), .enter)
        #expect(!effects.contains(where: Self.isRecord))
    }

    @Test func aCoordinatorActingForAnAbsentVillagerOnARecordedAuthorisationGoesStraightToTheConfirmation() {
        let file = F.pensioner()
        var session = VillagerSession(holder: CardHolder(idNumber: file.person.id.value, name: file.person.name,
                                                         cardKind: .residentIDCard), file: file)
        session.step = .menu(selected: 0)
        let proxy = Actor.coordinator(id: "XG-1", name: "韦丽萍",
                                      proxy: Proxy(name: "梁伟", relationship: "son", consentRecorded: true))
        let (after, _) = VillagerFlow.reduce(session, .character("1"), settings: Fixture.settings, actor: proxy)
        let (confirming, _) = VillagerFlow.reduce(after, .character("1"), settings: Fixture.settings, actor: proxy)
        guard case .confirming = confirming.step else {
            Issue.record("expected the confirmation, got \(confirming.step)")
            return
        }
    }

    @Test func theDemoShowsTheDemoCardsPINsOnThePINScreenAndTheHomeScreen() {
        var settings = Fixture.settings
        settings.isDemo = true
        settings.demoCardLabels = ["蓝秀梅", "韦丽萍", "梁天佑", "韦秀英"]
        settings.demoCardPINs = ["135790", "123456", "314159", "246810"]
        let state = Self.atPIN(settings: settings)
        #expect(ScreenSnapshot.text(of: state).contains("演示卡密码：F3 135790 F4 123456 F5 314159 F6 246810"))
        let home = Fixture.state(settings: settings)
        #expect(ScreenSnapshot.text(of: home).contains("F6 246810"))
        #expect(!ScreenSnapshot.text(of: Self.atPIN()).contains("演示卡密码"), "outside the demo no PIN is shown")
    }
}
