import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The coordinator's login and menu: card, masked PIN, wrong PINs, lock, acting for a villager, and
/// that no villager session ever reaches the coordinator menu without a login.
struct CoordinatorLoginTests {
    static let coordinatorCard = CardHolder(idNumber: "450124197410115049", name: "韦丽萍", cardKind: .socialSecurityCard,
                                            cardNumber: "GX0000017")
    static let identity = CoordinatorIdentity(id: "XG-450124-017", name: "韦丽萍", cardNumber: "GX0000017")

    /// A state at the PIN prompt.
    static func atPIN() -> KioskState {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(coordinatorCard)))
        _ = KioskReducer.reduce(&state, .coordinatorIdentified(identity))
        return state
    }

    static func type(_ state: inout KioskState, _ text: String) -> [KioskEffect] {
        text.flatMap { KioskReducer.reduce(&state, .key(.character($0))) } + KioskReducer.reduce(&state, .key(.enter))
    }

    @Test func coordinatorCardIsIdentifiedThenThePINIsTypedMaskedAndChecked() throws {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        #expect(KioskReducer.reduce(&state, .card(.inserted(reader: "r"))) == [.readCard(reader: "r")])
        #expect(KioskReducer.reduce(&state, .card(.read(Self.coordinatorCard))) == [.identifyCoordinator(Self.coordinatorCard)])
        _ = KioskReducer.reduce(&state, .coordinatorIdentified(Self.identity))
        for digit in "1234" { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("●●●●"))
        #expect(!text.contains("1234"), "the PIN never shows")
        try ScreenSnapshot.check(state, named: "coordinator-pin-zh-80x24")
        #expect(Self.type(&state, "56") == [.verifyCoordinatorPIN(cardNumber: "GX0000017", pin: "123456")])
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        #expect(state.coordinator == Self.identity)
        #expect(state.screen == .coordinator(.menu(selected: 0)))
        try ScreenSnapshot.check(state, named: "coordinator-menu-zh-80x24")
    }

    @Test func aShortPINIsNotSentAndAWrongOneSaysHowManyTriesAreLeft() {
        var state = Self.atPIN()
        #expect(Self.type(&state, "123").isEmpty)
        _ = Self.type(&state, "456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.rejected(attemptsLeft: 3)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("还可以再试 3 次"))
        #expect(state.coordinator == nil)
    }

    @Test func lockedCoordinatorIsToldUntilWhenAndGoesNowhere() {
        var state = Self.atPIN()
        _ = Self.type(&state, "000000")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.locked(until: "09:20")))
        #expect(ScreenSnapshot.text(of: state).contains("已锁定到 09:20"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        #expect(state.screen == .home)
        #expect(state.coordinator == nil)
    }

    @Test func aVillagersCardAtTheLoginIsRefused() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(CardSessionFlowTests.holder)))
        _ = KioskReducer.reduce(&state, .coordinatorIdentified(nil))
        #expect(ScreenSnapshot.text(of: state).contains("没有登记为协管员卡"))
    }

    @Test func actingForAVillagerRecordsTheCoordinatorAndPullingTheirCardReturnsToTheMenu() {
        var state = Self.atPIN()
        _ = Self.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .coordinator(.menu(selected: 0)), "the coordinator's own card may leave after login")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        let file = VillagerFixture.pensioner()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .card(.read(holder)))
        _ = KioskReducer.reduce(&state, .villagerLoaded(file))
        #expect(ScreenSnapshot.text(of: state).contains("协管员代办：韦丽萍"))
        _ = VillagerFixture.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        let effects = VillagerFixture.press(&state, .character("1"))
        #expect(effects.count == 1)
        if case .record(_, let actor) = effects.first {
            #expect(actor == .coordinator(id: "XG-450124-017", name: "韦丽萍"))
        } else {
            Issue.record("expected a record effect, got \(effects)")
        }
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .coordinator(.menu(selected: 0)))
        #expect(!ScreenSnapshot.text(of: state).contains("韦秀英"))
    }

    @Test func coordinatorIsLoggedOutSoonerThanAVillagerTimesOut() {
        var state = Self.atPIN()
        _ = Self.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 5, second: 46)))
        #expect(state.screen == .home)
        #expect(state.coordinator == nil)
    }

    @Test func logOutAndCloseKioskAreOnlyInTheCoordinatorMenu() {
        var state = Self.atPIN()
        _ = Self.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        #expect(KioskReducer.reduce(&state, .key(.character("9"))) == [.quit])
        #expect(state.isFinished)
        #expect(state.coordinator == nil)
    }

    @Test(arguments: [Key.control("c"), .control("z"), .control("\\"), .function(10), .function(2), .character("9"), .escape, .character("q")])
    func noShortcutLeavesTheKioskOrReachesTheCoordinatorMenuFromAVillagerSession(key: Key) {
        var state = VillagerFixture.session(VillagerFixture.pensioner())
        let effects = KioskReducer.reduce(&state, .key(key))
        #expect(!effects.contains(.quit))
        #expect(!state.isFinished)
        #expect(state.coordinator == nil)
        if case .coordinator = state.screen { Issue.record("a villager reached the coordinator menu") }
        if case .coordinatorLogin = state.screen { Issue.record("a villager reached the coordinator login") }
    }
}

/// A login screen nobody uses goes back home by itself.
struct CoordinatorLoginTimeOutTests {
    @Test func anAbandonedLoginScreenReturnsHomeAfterTheCoordinatorTimeOut() {
        var state = Fixture.state()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        #expect(state.secondsUntilTimeout == state.settings.coordinatorTimeoutSeconds)
        _ = KioskReducer.reduce(&state, .clock(WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 5, second: 46)))
        #expect(state.screen == .home)
    }
}

/// The coordinator registers a villager's resident ID card: UID from the card, then the ID number.
struct IDCardRegistrationFlowTests {
    static func loggedIn() -> KioskState {
        var state = CoordinatorLoginTests.atPIN()
        _ = CoordinatorLoginTests.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        return state
    }

    static func open(_ state: inout KioskState) throws {
        let entry = try #require(CoordinatorChoice.allCases.firstIndex(of: .registerIDCard)) + 1
        _ = KioskReducer.reduce(&state, .key(.character(Character("\(entry)"))))
    }

    @Test func theCardsUIDAndAValidIDNumberAreSentToTheStoreWithTheCoordinatorAsActor() throws {
        var state = Self.loggedIn()
        try Self.open(&state)
        #expect(ScreenSnapshot.text(of: state).contains("请把村民的身份证放到读卡区"))
        #expect(KioskReducer.reduce(&state, .card(.inserted(reader: "r"))) == [.readCardUID(reader: "r")])
        _ = KioskReducer.reduce(&state, .cardUIDRead(uid: "04AA55CC", failure: nil))
        for character in "450124194906293304" { _ = KioskReducer.reduce(&state, .key(.character(character))) }
        try ScreenSnapshot.check(state, named: "coordinator-idcard-number-zh-80x24")
        let effects = KioskReducer.reduce(&state, .key(.enter))
        #expect(effects == [.registerIDCard(uid: "04AA55CC", idNumber: try IDNumber("450124194906293304"),
                                            actor: .coordinator(id: "XG-450124-017", name: "韦丽萍"))])
        _ = KioskReducer.reduce(&state, .idCardRegistered(name: "韦秀英", failure: nil))
        #expect(ScreenSnapshot.text(of: state).contains("已登记：韦秀英的身份证"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(state.screen == .coordinator(.menu(selected: 0)))
    }

    @Test func anInvalidIDNumberIsRefusedOnTheSpotAndAStoreRefusalIsShown() throws {
        var state = Self.loggedIn()
        try Self.open(&state)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .cardUIDRead(uid: "04AA55CC", failure: nil))
        for character in "450124194906293305" { _ = KioskReducer.reduce(&state, .key(.character(character))) }
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty, "a wrong check digit is not sent")
        #expect(!ScreenSnapshot.text(of: state).contains(StringCatalog.missingMark))
        guard case .coordinator(.registerIDCard(let registration)) = state.screen,
              case .enterIDNumber(_, _, let problem) = registration.step else {
            Issue.record("still typing the ID number expected, got \(state.screen)")
            return
        }
        #expect(problem?.key == "id.error.checkDigit" && problem?.parameters["expected"] != nil)
        for _ in 0..<18 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        for character in "450124194906293304" { _ = KioskReducer.reduce(&state, .key(.character(character))) }
        _ = KioskReducer.reduce(&state, .key(.enter))
        _ = KioskReducer.reduce(&state, .idCardRegistered(name: nil, failure: UserMessage("coordinator.idcard.registeredToSomeoneElse")))
        #expect(ScreenSnapshot.text(of: state).contains("已经登记给另一位村民"))
    }

    @Test func aCardWhoseUIDCannotBeReadSaysSoAndEscGoesBack() throws {
        var state = Self.loggedIn()
        try Self.open(&state)
        _ = KioskReducer.reduce(&state, .card(.inserted(reader: "r")))
        _ = KioskReducer.reduce(&state, .cardUIDRead(uid: nil, failure: UserMessage("card.error.uidUnavailable")))
        #expect(ScreenSnapshot.text(of: state).contains("无法读取身份证卡号"))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(state.screen == .coordinator(.menu(selected: 0)))
    }
}
