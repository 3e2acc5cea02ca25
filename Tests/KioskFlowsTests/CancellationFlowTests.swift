import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Cancellation by the villager: the reason, the refund, the refund account; a death goes to the coordinator.
struct CancellationFlowTests {
    typealias F = AccountHolderFixture

    static let leaver = F.person(born: "1975-08-20", name: "陆美兰", sequence: 262)
    static var paying: VillagerFile {
        F.file(leaver, F.paying(leaver), F.history(leaver, years: 2013...2025))
    }

    static func flowStep(_ state: KioskState) -> CancellationFlow.Step? {
        if case .flow(.cancellation(let flow)) = F.step(state) { return flow.step }
        return nil
    }

    /// The personal part with interest on the fixture day.
    static var balance: PersonalAccount {
        PersonalAccount.balance(of: paying.history.contributions, on: F.today,
                                interestRateBasisPoints: F.policy.interestRateBasisPoints)
    }

    @Test func theReasonsOfferTheVillagersOwnReasonsAndAFamilyDeath() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        #expect(Self.flowStep(state) == .reason(selected: 0))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("出国（境）定居或迁出"))
        #expect(text.contains("家人去世"))
        #expect(!text.contains("[6]"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-reason")
    }

    @Test func aFamilyDeathShowsWhereToGoAndRecordsNothing() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        let effects = F.press(&state, "5")
        #expect(effects.isEmpty)
        #expect(Self.flowStep(state) == .deathNotice)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("死亡登记由村协管员办理"))
        #expect(text.contains("村委会"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-death")
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .deathNotice, "no way forward from here")
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .reason(selected: 4))
    }

    @Test func theRefundShowsThePersonalPartAndTheSubsidyKeptByTheFund() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "2")
        #expect(Self.flowStep(state) == .refund(.joinedEmployeeScheme))
        let text = ScreenSnapshot.text(of: state)
        #expect(!F.policy.refund.subsidyOnOtherReasons, "the shipped policy keeps the subsidy for reasons other than death")
        #expect(text.contains("\(Self.balance.personal.yuanText) 元"))
        #expect(text.contains("政府补贴（不退还，留在基金）"))
        #expect(text.contains("\(Self.balance.subsidy.yuanText) 元"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-refund")
    }

    @Test func theRefundAccountLeadsToTheConfirmationAndConfirmingRecordsOnce() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "1")
        F.press(&state, "1")
        try ScreenSnapshot.checkBoth(state, named: "cancellation-bank")
        F.press(&state, "3")
        F.press(&state, "6221234567890123")
        try ScreenSnapshot.checkBoth(state, named: "cancellation-account")
        F.press(&state, "\n")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming a cancellation: \(String(describing: F.step(state)))")
            return
        }
        #expect(decision.cancellation.reason == .settledElsewhere)
        #expect(decision.cancellation.effectiveOn == F.today)
        #expect(decision.cancellation.payeeName == Self.leaver.name)
        #expect(decision.cancellation.refundAccount == BankAccount(bank: "广西农村信用社", accountNumber: "6221234567890123"))
        #expect(decision.cancellation.refund == Self.balance.personal)
        #expect(decision.account.status == .terminated)
        try ScreenSnapshot.checkBoth(state, named: "cancellation-confirm")
        #expect(F.press(&state, "1") == [.record(pending.event, .selfService)])
        #expect(F.press(&state, "1").isEmpty)
    }

    @Test func joiningTheEmployeeSchemeIsRecordedOnThePerson() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "211123456789012\n")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming")
            return
        }
        #expect(decision.person.inEmployeeScheme)
        #expect(decision.cancellation.reason == .joinedEmployeeScheme)
    }

    @Test func withNothingToRefundNoBankIsAsked() throws {
        let file = F.file(Self.leaver, F.paying(Self.leaver), ServiceHistory())
        var state = F.session(file)
        try F.open(.cancellation, &state)
        F.press(&state, "3")
        #expect(ScreenSnapshot.text(of: state).contains("下一步：确认注销"))
        F.press(&state, "1")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming")
            return
        }
        #expect(decision.cancellation.refund == .zero)
        #expect(decision.cancellation.refundAccount == nil)
        #expect(!pending.lines.contains { $0.labelKey == "payout.confirm.bank" })
    }

    @Test func backGoesOneStepAtATimeToTheMenu() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "4")
        F.press(&state, "1")
        F.press(&state, "2")
        F.press(&state, "123")
        F.press(&state, "\u{1B}")
        guard case .payout(.other, let entry) = Self.flowStep(state), case .bank(let selected) = entry.step else {
            Issue.record("Esc on the account did not return to the banks")
            return
        }
        #expect(selected == 1, "the bank chosen before stays highlighted")
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .refund(.other))
        F.press(&state, "\u{1B}")
        #expect(Self.flowStep(state) == .reason(selected: 3))
        F.press(&state, "0")
        #expect(F.step(state) == .menu(selected: 0))
    }

    @Test func aPendingTransferIsRefusedAtOnce() throws {
        let file = F.file(Self.leaver, F.paying(Self.leaver, transferPending: true), Self.paying.history)
        var state = F.session(file)
        try F.open(.cancellation, &state)
        #expect(F.step(state) == .refused(.cancellation, [.transferPending]))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-refused-transferPending")
    }

    @Test func theAccountRefusalsOfTheRulesEndTheFlowAtOnce() {
        var terminated = Self.paying
        terminated.account.status = .terminated
        #expect(CancellationFlow.start(terminated) == .refused([.accountTerminated]))
        var notEnrolled = Self.paying
        notEnrolled.account = .notEnrolled(Self.leaver.id)
        #expect(CancellationFlow.start(notEnrolled) == .refused([.notEnrolled]))
    }

    @Test func aTimeOutWhileTypingTheRefundAccountEndsTheSession() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "111622123")
        F.expectTimeOutClearsTheScreen(&state, hiding: [Self.leaver.name, Self.leaver.id.masked, "622123"])
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "111123456789012\n")
        F.expectCardPulledAtConfirmationRecordsNothing(&state)
    }
}
