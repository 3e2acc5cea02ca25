import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Cancellation as an application: only on its grounds, the evidence named, pending until the county accepts, no
/// money at the kiosk (Guo Fa [2014] No. 8 §8; 人社部发〔2014〕17号; Decree No. 765); a death goes to the coordinator.
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

    /// A pensioner who died on 2026-09-18, in a session the coordinator opened.
    static var deceasedPensioner: VillagerFile {
        let person = F.person(born: "1950-03-02", name: "黄秀兰", sequence: 318)
        var file = F.file(person, F.paying(person), F.history(person, years: 2012...2024))
        file.person.diedOn = CivilDate(iso: "2026-09-18")
        file.account.status = .receivingPension
        file.account.pensionStartMonth = CivilDate(iso: "2025-01-01")
        file.account.monthlyPension = Money(fen: 20000)
        file.account.personalAccountPension = .yuan(17)
        file.openedByCoordinator = true
        return file
    }

    @Test func theGroundsAreSettlingAbroadAnotherBasicPensionAndAFamilyDeathOnly() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        #expect(Self.flowStep(state) == .reason(selected: 0))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("出国（境）定居并丧失中国国籍"))
        #expect(text.contains("已领取其他基本养老金"))
        #expect(text.contains("家人去世"))
        #expect(!text.contains("参加职工基本养老保险"), "joining the employees' scheme keeps both accounts")
        #expect(!text.contains("[4]"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-reason")
    }

    @Test func aFamilyDeathShowsWhereToGoAndRecordsNothing() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        let effects = F.press(&state, "3")
        #expect(effects.isEmpty)
        #expect(Self.flowStep(state) == .deathNotice)
        #expect(ScreenSnapshot.text(of: state).contains("死亡登记由村协管员办理"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-death")
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .deathNotice, "no way forward from here")
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .reason(selected: 2))
    }

    @Test func aLivingPersonsApplicationNamesTheEvidenceAndShowsNoRefund() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "1")
        #expect(Self.flowStep(state) == .application(.settledAbroad))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("户口注销证明或丧失中国国籍的证明"))
        #expect(text.contains("待县审核"))
        #expect(text.contains("审核同意前账户保持不变"))
        #expect(!text.contains(" 元"), "no amount of money is offered at the kiosk")
        try ScreenSnapshot.checkBoth(state, named: "cancellation-application")
    }

    @Test func confirmingRecordsAPendingApplicationOnceWithNoAccountAskedAndNothingTerminated() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "21")
        #expect(Self.flowStep(state) == .groundEvidenceKind(.duplicate, selected: 0))
        F.press(&state, "1YL-2019-0456\n")
        // A living person's application moves their standing: the card's PIN first.
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming a cancellation: \(String(describing: F.step(state)))")
            return
        }
        #expect(decision.cancellation.reason == .duplicate)
        #expect(decision.cancellation.evidenceKind == .otherPensionRecord)
        #expect(decision.cancellation.evidence == "YL-2019-0456")
        #expect(decision.cancellation.status == .pending)
        #expect(decision.cancellation.refundAccount == nil)
        #expect(decision.account.status == .paying)
        #expect(decision.account.cancellationPending)
        #expect(!pending.lines.contains { $0.labelKey == "payout.confirm.bank" })
        #expect(!pending.lines.contains { $0.labelKey == "cancellation.refund.total" })
        try ScreenSnapshot.checkBoth(state, named: "cancellation-confirm")
        #expect(F.press(&state, "1") == [.record(pending.event, .selfService)])
        #expect(F.press(&state, "1").isEmpty)
    }

    @Test func aPendingApplicationOrTransferIsRefusedAtOnce() throws {
        var waiting = Self.paying
        waiting.account.cancellationPending = true
        #expect(CancellationFlow.start(waiting) == .refused([.cancellationPending]))
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

    @Test func backGoesOneStepAtATimeToTheMenu() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "2")
        #expect(Self.flowStep(state) == .application(.duplicate))
        F.press(&state, "\u{1B}")
        #expect(Self.flowStep(state) == .reason(selected: 1))
        F.press(&state, "0")
        #expect(F.step(state) == .menu(selected: 0))
    }

    /// On death (coordinator): paid through September 2026, the month of death; October and November were paid
    /// after it, each 163 + 20 (no long-service addition for 13 years) + 17 = 200 yuan, so 400 yuan comes off the
    /// heir's refund (Decree No. 765 art. 46). The heir's account is taken; the county pays after accepting.
    @Test func onDeathTheCoordinatorSeesTheOverpaidMonthsDeductedAndEntersTheHeirsAccount() throws {
        let file = Self.deceasedPensioner
        var state = F.session(file)
        try F.open(.cancellation, &state)
        F.press(&state, "3")
        #expect(Self.flowStep(state) == .heir(selected: 0))
        F.press(&state, "1")
        // The heir's name is typed: too short is refused, then taken.
        F.press(&state, "覃\n")
        #expect(ScreenSnapshot.text(of: state).contains("请输入继承人的全名"))
        F.press(&state, "建国\n")
        F.press(&state, "1")
        F.press(&state, "\n")
        #expect(ScreenSnapshot.text(of: state).contains("请输入证明编号"))
        F.press(&state, "450124-2026-0118\n")
        let claim = CancellationFlow.DeathClaim(
            hasHeir: true, heirName: "覃建国", evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"))
        #expect(Self.flowStep(state) == .refund(claim))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("覃建国") && text.contains("450124-2026-0118"))
        #expect(text.contains("死亡后多发的养老金（从退款中扣除）"))
        #expect(text.contains("400.00 元"))
        try ScreenSnapshot.checkBoth(state, named: "cancellation-death-settlement")
        F.press(&state, "1")
        F.press(&state, "3")
        F.press(&state, "6221234567890123\n")
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming: \(String(describing: F.step(state)))")
            return
        }
        let balance = PersonalAccount.balance(of: file.history.contributions, on: F.today,
                                              interestRateBasisPoints: F.policy.interestRateBasisPoints)
        // Drawn from the account January to September 2025-2026: 21 months at 17 yuan.
        #expect(decision.cancellation.overpaidPension == .yuan(400))
        #expect(decision.cancellation.refund == balance.total - .yuan(17 * 21) - .yuan(400))
        #expect(decision.cancellation.refundAccount?.accountNumber == "6221234567890123")
        #expect(decision.cancellation.payeeName == "覃建国" && decision.cancellation.evidenceKind == .deathCertificate)
        #expect(decision.cancellation.evidence == "450124-2026-0118")
        #expect(decision.account.cancellationPending && decision.account.status == .receivingPension)
    }

    @Test func onDeathWithNoHeirTheBalanceReturnsToTheFundAndNoAccountIsAsked() throws {
        var state = F.session(Self.deceasedPensioner)
        try F.open(.cancellation, &state)
        F.press(&state, "32")
        F.press(&state, "3")
        F.press(&state, "YY-0611\n")
        #expect(Self.flowStep(state) == .refund(CancellationFlow.DeathClaim(
            hasHeir: false, evidence: ActEvidence(kind: .hospitalRecord, documentNumber: "YY-0611"))))
        #expect(ScreenSnapshot.text(of: state).contains("返还基金"))
        F.press(&state, "1")
        guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
            Issue.record("not confirming: \(String(describing: F.step(state)))")
            return
        }
        #expect(decision.cancellation.refund == .zero)
        #expect(decision.cancellation.returnedToFund > .zero)
        #expect(decision.cancellation.refundAccount == nil)
    }

    @Test func aTimeOutWhileTypingTheHeirsAccountEndsTheSession() throws {
        var state = F.session(Self.deceasedPensioner)
        try F.open(.cancellation, &state)
        F.press(&state, "31覃建国\n1HK-2026-01\n13622123")
        F.expectTimeOutClearsTheScreen(&state, hiding: ["黄秀兰", "622123"])
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "111HK-2026-01\n")
        F.expectCardPulledAtConfirmationRecordsNothing(&state)
    }

    @Test("every living ground records the kind and number of its evidence; a bad number is refused and kept")
    func livingGroundsRecordTheirEvidence() throws {
        for (index, reason, kinds) in [(1, CancellationReason.settledAbroad, [ActEvidenceKind.householdCancellation, .nationalityLoss]),
                                       (2, .duplicate, [.otherPensionRecord])] {
            var state = F.session(Self.paying)
            try F.open(.cancellation, &state)
            F.press(&state, "\(index)1")
            #expect(Self.flowStep(state) == .groundEvidenceKind(reason, selected: 0))
            let list = ScreenSnapshot.text(of: state)
            for kind in ActEvidenceKind.allCases {
                let label = ScreenSnapshot.strings.text(kind.messageKey, .chinese)
                #expect(list.contains(label) == kinds.contains(kind), "\(kind) offered for \(reason): \(list)")
            }
            F.press(&state, "\(kinds.count)")
            F.press(&state, "\n")
            #expect(ScreenSnapshot.text(of: state).contains("请输入证明编号"), "an empty number is refused")
            F.press(&state, "A 1\n")
            guard case .groundEvidenceNumber(reason, kinds.last!, let entry, .some)? = Self.flowStep(state) else {
                Issue.record("a bad number is refused: \(String(describing: Self.flowStep(state)))"); continue
            }
            #expect(entry.text == "A 1", "what was typed is kept")
            F.press(&state, "\u{7F}\u{7F}\u{7F}GJ-2026/07\n")
            CardPINSteps.pass(&state)
            guard case .confirming(let pending) = F.step(state), case .cancellation(let decision) = pending.event else {
                Issue.record("not confirming: \(String(describing: F.step(state)))"); continue
            }
            #expect(decision.cancellation.reason == reason)
            #expect(decision.cancellation.evidenceKind == kinds.last)
            #expect(decision.cancellation.evidence == "GJ-2026/07")
            let confirm = ScreenSnapshot.text(of: state)
            #expect(confirm.contains("GJ-2026/07") && confirm.contains(ScreenSnapshot.strings.text(kinds.last!.messageKey, .chinese)))
        }
    }

    @Test("back from a living ground's evidence returns one step at a time to the application")
    func backFromTheGroundsEvidence() throws {
        var state = F.session(Self.paying)
        try F.open(.cancellation, &state)
        F.press(&state, "112HK-7")
        guard case .groundEvidenceNumber(.settledAbroad, .nationalityLoss, let entry, nil)? = Self.flowStep(state) else {
            Issue.record("at the number: \(String(describing: Self.flowStep(state)))"); return
        }
        #expect(entry.text == "HK-7")
        F.press(&state, "\u{1B}")
        #expect(Self.flowStep(state) == .groundEvidenceKind(.settledAbroad, selected: 1))
        F.press(&state, "0")
        #expect(Self.flowStep(state) == .application(.settledAbroad))
    }
}
