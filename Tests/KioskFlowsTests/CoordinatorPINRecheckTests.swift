import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The coordinator's PIN asked again before a death report, a cancellation and a home-visit certification: the act
/// is recorded only once the store accepts the PIN; a wrong one records nothing and shows the tries left; a lock ends
/// the coordinator's session (issue 12 item 3).
struct CoordinatorPINRecheckTests {
    typealias W = WorkFixture

    static func stage(_ state: KioskState) -> CoordinatorPINRecheck? {
        if case .coordinatorPINRecheck(let stage) = state.screen { return stage }
        return nil
    }

    /// A coordinator at the home visit's confirmation for the overdue pensioner, witness 韦大明.
    static func atHomeVisitConfirmation() -> KioskState {
        var state = CoordinatorHomeVisitTests.atList()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "韦大明")
        return state
    }

    /// The death report's confirmation for the overdue pensioner (died 2026-11-18, relative, death certificate).
    static func atDeathConfirmation() -> KioskState {
        var state = CoordinatorDeathReportTests.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "19381008")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "20261118")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "450124-2026-0118")
        return state
    }

    static let deathRecord = KioskEffect.reportDeath(
        personID: W.overdue.person.id, diedOn: CivilDate(iso: "2026-11-18")!, source: .relative,
        evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"), actor: W.actor)

    @Test("a death report is recorded only after the coordinator's PIN is typed again and accepted")
    func deathReportWaitsForThePIN() throws {
        var state = Self.atDeathConfirmation()
        let confirmation = state.screen
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "nothing is recorded at the confirmation")
        #expect(Self.stage(state)?.act == .deathReport)
        for digit in "1234" { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("记录死亡报告前，请再次输入 6 位协管员密码，核对通过前不记录任何内容。"))
        #expect(text.contains("●●●●") && !text.contains("1234"), "the PIN is masked")
        try ScreenSnapshot.check(state, named: "coordinator-recheck-death-zh-80x24")
        #expect(W.type(&state, "56") == [.verifyCoordinatorPIN(cardNumber: CoordinatorLoginTests.identity.cardNumber,
                                                                pin: "123456")])
        guard case .verifying? = Self.stage(state)?.phase else {
            Issue.record("the PIN is being checked"); return
        }
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "keys wait while the PIN is checked")
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted)) == [Self.deathRecord])
        guard case .coordinator(.work(.deathReport(let form))) = state.screen, case .recording = form.step else {
            Issue.record("the report is being recorded: \(state.screen)"); return
        }
        #expect(state.screen != confirmation)
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted)).isEmpty, "a late second answer records nothing")
    }

    @Test("a wrong PIN before a home-visit certification records nothing and shows the tries left")
    func wrongPINRecordsNothing() throws {
        var state = Self.atHomeVisitConfirmation()
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty)
        #expect(Self.stage(state)?.act == .homeVisitCertification)
        #expect(W.type(&state, "654321") == [.verifyCoordinatorPIN(cardNumber: "GX0000017", pin: "654321")])
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.rejected(attemptsLeft: 3))).isEmpty)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("密码不对，还可以再试 3 次；什么都没有记录"))
        #expect(!text.contains("654321"))
        guard case .typing(let entry, _)? = Self.stage(state)?.phase else { Issue.record("typing again"); return }
        #expect(entry.text.isEmpty, "the wrong PIN is gone from the state")
        try ScreenSnapshot.check(state, named: "coordinator-recheck-visit-wrong-zh-80x24")
        // The right PIN then records the visit.
        _ = W.type(&state, "123456")
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
                == [.recordHomeVisit(personID: W.overdue.person.id, witness: "韦大明", actor: W.actor)])
    }

    @Test("Esc at the PIN goes back to the confirmation and records nothing; a short PIN is not sent")
    func escapeReturnsToTheConfirmation() {
        var state = Self.atHomeVisitConfirmation()
        let confirmation = state.screen
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(W.type(&state, "123").isEmpty, "five digits or fewer are not sent")
        #expect(KioskReducer.reduce(&state, .key(.escape)).isEmpty)
        #expect(state.screen == confirmation)
        #expect(state.coordinator != nil)
    }

    @Test("a refusal from the store is shown and leads back to the confirmation")
    func refusalLeadsBack() {
        var state = Self.atDeathConfirmation()
        let confirmation = state.screen
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "123456")
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.refused(UserMessage("coordinator.login.refusal.unknownCard"))))
                .isEmpty)
        #expect(ScreenSnapshot.text(of: state).contains("无法核对密码，死亡报告未记录"))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.screen == confirmation)
    }

    @Test("five wrong PINs lock the coordinator: nothing is recorded and the session ends")
    func lockoutEndsTheSession() {
        var state = Self.atDeathConfirmation()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "111111")
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.locked(until: "10:15"))).isEmpty)
        #expect(state.coordinator == nil && state.coordinatorLoggedInAt == nil, "the coordinator is logged out")
        #expect(state.screen == .coordinatorLogin(CoordinatorLogin(step: .refused(UserMessage("coordinator.error.locked",
                                                                                               ["time": "10:15"])))))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("已锁定到 10:15") && !text.contains("卢秀英"))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.screen == .home)
    }

    /// A cancellation on death in a session the coordinator opened with the villager's card.
    static func atCancellationConfirmation() throws -> KioskState {
        var state = W.loggedIn()
        let file = CancellationFlowTests.deceasedPensioner
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        state.screen = .villager(VillagerSession(holder: holder, file: file))
        try AccountHolderFixture.open(.cancellation, &state)
        AccountHolderFixture.press(&state, "32")
        AccountHolderFixture.press(&state, "3")
        AccountHolderFixture.press(&state, "YY-0611\n")
        AccountHolderFixture.press(&state, "1")
        if CardPINSteps.stage(state) != nil { CardPINSteps.pass(&state) }
        guard case .confirming = AccountHolderFixture.step(state) else {
            Issue.record("not at the cancellation's confirmation: \(state.screen)")
            return state
        }
        return state
    }

    @Test("a cancellation in coordinator mode asks the PIN again and is recorded with the coordinator as actor")
    func cancellationWaitsForThePIN() throws {
        var state = try Self.atCancellationConfirmation()
        guard case .confirming(let pending)? = AccountHolderFixture.step(state) else { return }
        #expect(AccountHolderFixture.press(&state, "1").isEmpty)
        #expect(Self.stage(state)?.act == .cancellation)
        #expect(ScreenSnapshot.text(of: state).contains("记录注销申请前"))
        _ = W.type(&state, "654321")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.rejected(attemptsLeft: 4)))
        #expect(ScreenSnapshot.text(of: state).contains("还可以再试 4 次"))
        _ = W.type(&state, "123456")
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted)) == [.record(pending.event, W.actor)])
        guard case .recording? = AccountHolderFixture.step(state) else { Issue.record("not recording"); return }
    }

    @Test("pulling the villager's card at the PIN ends the villager's session and records nothing")
    func pullingTheCardAtThePIN() throws {
        var state = try Self.atCancellationConfirmation()
        AccountHolderFixture.press(&state, "1")
        #expect(Self.stage(state) != nil)
        _ = W.type(&state, "123456")
        #expect(KioskReducer.reduce(&state, .card(.removed(reader: "r"))).isEmpty)
        #expect(state.screen == .coordinator(.menu(selected: 0)))
        #expect(KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted)).isEmpty, "the answer comes too late")
    }
}
