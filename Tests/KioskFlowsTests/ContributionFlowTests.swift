import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Paying contributions at the kiosk: the tier within the window, the channel, the back-payment
/// offer, every refusal, back at every step, time-out, card pulled, recording once, both languages.
struct ContributionFlowTests {
    typealias F = SchemeFlowFixture

    /// Paying since 2013 at 200 yuan, every year up to 2025; 41 years old, too young to back-pay.
    static let payer = F.person(born: "1985-04-20", name: "农志强")
    /// 56 years old, paid 2013-2016 only: 7 years short even paying every year until 60.
    static let shortPayer = F.person(born: "1970-03-01", name: "黄秀英")
    static let agreement = BankAccount(bank: "广西农村信用社", accountNumber: "6230720032656620")

    static func account(_ person: Person, withholding: BankAccount? = nil, status: AccountStatus = .paying,
                        transferPending: Bool = false) -> InsuranceAccount {
        InsuranceAccount(personID: person.id, status: status, enrolledOn: F.day("2013-03-01"), tierYuan: 200,
                         withholding: withholding, transferPending: transferPending)
    }

    static func payerFile(withholding: BankAccount? = nil, today: CivilDate = F.today) -> VillagerFile {
        F.file(payer, account: account(payer, withholding: withholding), history: F.history(payer, years: Array(2013...2025)),
               today: today)
    }

    static func shortPayerFile(paidThisYear: Bool = false, withholding: BankAccount? = nil) -> VillagerFile {
        F.file(shortPayer, account: account(shortPayer, withholding: withholding),
               history: F.history(shortPayer, years: Array(2013...2016) + (paidThisYear ? [2026] : [])))
    }

    /// A session on the contribution flow's first screen (contribution is first on a payer's menu).
    static func atTier(_ file: VillagerFile) throws -> KioskState {
        var state = F.session(file)
        try #require(F.villager(state)?.services.first == .contribution)
        F.press(.character("1"), &state)
        try #require(contribution(state) != nil, "contribution opens on its first screen")
        return state
    }

    static func contribution(_ state: KioskState) -> ContributionFlow? {
        if case .contribution(let flow) = F.flow(state) { return flow }
        return nil
    }

    static func pending(_ state: KioskState) -> (PendingRecord, ContributionDecision)? {
        guard case .confirming(let pending)? = F.villager(state)?.step, case .contribution(let decision) = pending.event else {
            return nil
        }
        return (pending, decision)
    }

    // MARK: refusals

    @Test func outsideTheWindowTheDatesAreShown() throws {
        var state = F.session(Self.payerFile(today: F.day("2026-12-25")))
        F.press(.character("1"), &state)
        let refusal = ServiceRefusal.outsideContributionWindow(opens: F.day("2026-01-01"), closes: F.day("2026-12-20"))
        #expect(F.villager(state)?.step == .refused(.contribution, [refusal]))
        #expect(F.text(state).contains("本年度缴费时间为2026-01-01至2026-12-20"))
    }

    @Test func aPendingTransferFreezesTheAccount() {
        var state = F.session(F.file(Self.payer, account: Self.account(Self.payer, transferPending: true),
                                     history: F.history(Self.payer, years: Array(2013...2025))))
        F.press(.character("1"), &state)
        #expect(F.villager(state)?.step == .refused(.contribution, [.transferPending]))
        #expect(F.text(state).contains("账户正在办理转移"))
    }

    @Test func paidThisYearAndTooYoungToBackPayIsRefusedWithBothReasons() {
        var state = F.session(F.file(Self.payer, account: Self.account(Self.payer),
                                     history: F.history(Self.payer, years: Array(2013...2026))))
        F.press(.character("1"), &state)
        #expect(F.villager(state)?.step == .refused(.contribution, [.alreadyPaid(year: 2026), .backPaymentTooYoung(fromAge: 50)]))
        let text = F.text(state)
        #expect(text.contains("2026年度已缴费") && text.contains("年满50周岁才能补缴"))
    }

    @Test func pastThePensionAgeYearWithEnoughYearsThereIsNothingToPay() {
        let person = F.person(born: "1966-02-01")
        var state = F.session(F.file(person, account: Self.account(person), history: F.history(person, years: Array(2010...2025))))
        F.press(.character("1"), &state)
        #expect(F.villager(state)?.step == .refused(.contribution, [.pastContributionAge(pensionAge: 60), .nothingToBackPay]))
    }

    @Test func accountsNotPayingAndTheDeceasedAreRefusedByTheFlowItself() {
        let person = Self.payer
        let history = F.history(person, years: Array(2013...2025))
        #expect(ContributionFlow.start(F.file(person, history: history)) == .refused([.notEnrolled]))
        #expect(ContributionFlow.start(F.file(person, account: Self.account(person, status: .terminated), history: history))
            == .refused([.accountTerminated]))
        #expect(ContributionFlow.start(F.file(person, account: Self.account(person, status: .receivingPension), history: history))
            == .refused([.alreadyReceivingPension]))
        var dead = Self.payerFile()
        dead.person.diedOn = F.day("2026-10-01")
        #expect(ContributionFlow.start(dead) == .refused([.deceased]))
    }

    @Test func aSuspendedPayerMayPayAgain() throws {
        let file = F.file(Self.payer, account: Self.account(Self.payer, status: .paymentSuspended),
                          history: F.history(Self.payer, years: Array(2013...2020)))
        guard case .next(let flow) = ContributionFlow.start(file) else {
            Issue.record("a suspended payer may pay")
            return
        }
        #expect(flow.includeCurrentYear)
    }

    // MARK: paths

    @Test func thisYearAtTheTaxOfficeRecordsOnceWithTheOrderNumberExplained() throws {
        var state = try Self.atTier(Self.payerFile())
        guard case .tier(let choice)? = Self.contribution(state)?.step else { return }
        #expect(choice.selected == 1, "the account's 200 yuan tier is pre-selected")
        #expect(F.text(state).contains("2026-01-01 至 2026-12-20"))
        F.press(.enter, &state)
        #expect(Self.contribution(state)?.step == .channel(selected: 0))
        #expect(F.text(state).contains("您没有签订银行代扣"))
        F.press(.character("1"), &state)
        let (pending, decision) = try #require(Self.pending(state), "too young to back-pay: straight to the confirmation")
        #expect(decision.contributions.map(\.year) == [2026])
        #expect(decision.personalTotal == .yuan(200) && decision.subsidyTotal == .yuan(40))
        #expect(decision.contributions.first?.channel == .taxOffice)
        #expect(pending.lines.contains(.init("contribution.confirm.orderNumber", .message("contribution.confirm.orderNumberIsReceipt"),
                                             keyFigure: true)))
        #expect(pending.lines.contains(.init("contribution.confirm.payBy", .date(F.day("2026-12-20")), keyFigure: true)))
        #expect(F.text(state).contains("就是回执号，确认后打印在回执上"))
        #expect(KioskReducer.reduce(&state, .key(.character("1"))) == [.record(.contribution(decision), .selfService)])
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty)
    }

    @Test func theReceiptAfterRecordingShowsTheNumberToPayWithAndPullingTheCardThenRecordsNothingMore() throws {
        var state = try Self.atTier(Self.payerFile())
        F.press(.enter, &state)
        F.press(.enter, &state)
        let (_, decision) = try #require(Self.pending(state))
        var effects = KioskReducer.reduce(&state, .key(.enter))
        let event = BusinessEvent.contribution(decision)
        let receipt = Receipt(number: "450124-20261130-000042", villageCode: F.village, service: .contribution,
                              personID: Self.payer.id, personName: Self.payer.name, businessDate: F.today,
                              summary: event.summary, amount: event.amount, actor: .selfService,
                              recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        effects += KioskReducer.reduce(&state, .recorded(receipt))
        guard case .receipt(let shown, _)? = F.villager(state)?.step else {
            Issue.record("the receipt follows the recording")
            return
        }
        #expect(shown == receipt)
        #expect(F.text(state).contains("回执号：450124-20261130-000042"))
        effects += KioskReducer.reduce(&state, .card(.removed(reader: F.reader)))
        #expect(effects.filter { if case .record = $0 { true } else { false } } == [.record(event, .selfService)])
        #expect(state.screen == .home)
    }

    /// Guo Fa [2014] No. 8 §4(3): for a hardship group the confirmation and the receipt show the part local
    /// government pays (the severely disabled: the whole lowest tier, 100 yuan, in the assumed Guangxi list).
    @Test func aHardshipGroupSeesTheGovernmentPaidPartOnTheConfirmationAndTheReceipt() throws {
        var file = Self.payerFile()
        file.person.hardshipGroup = "severeDisability"
        var state = try Self.atTier(file)
        F.press(.enter, &state)
        F.press(.enter, &state)
        let (pending, decision) = try #require(Self.pending(state))
        #expect(decision.governmentPaidTotal == .yuan(100))
        #expect(pending.lines.contains(.init("contribution.confirm.governmentPaid", .money(.yuan(100)))))
        #expect(pending.lines.contains(.init("contribution.confirm.paidByPerson", .money(decision.paidByPersonTotal), keyFigure: true)))
        let text = F.text(state)
        #expect(text.contains("政府代缴（困难群体）"))
        #expect(text.contains("本人实缴"))
        let event = BusinessEvent.contribution(decision)
        let receipt = Receipt(number: "450124-20261130-000043", villageCode: F.village, service: .contribution,
                              personID: Self.payer.id, personName: Self.payer.name, businessDate: F.today,
                              summary: event.summary, amount: event.amount, actor: .selfService,
                              recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        let lines = ReceiptText.lines(receipt, strings: F.strings, language: .chinese, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        #expect(lines.contains { $0.contains("其中政府代缴") && $0.contains("100.00") })
        let plain = BusinessEvent.contribution(try #require(Self.pending(try Self.confirmed(Self.payerFile()))).1)
        #expect(!ReceiptText.lines(Receipt(number: "n", villageCode: F.village, service: .contribution, personID: Self.payer.id,
                                           personName: Self.payer.name, businessDate: F.today, summary: plain.summary,
                                           amount: plain.amount, actor: .selfService,
                                           recordedAt: Date(timeIntervalSince1970: 1_796_000_000)),
                                   strings: F.strings, language: .chinese, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
            .contains { $0.contains("政府代缴") }, "no line when nothing is paid by the government")
    }

    static func confirmed(_ file: VillagerFile) throws -> KioskState {
        var state = try atTier(file)
        F.press(.enter, &state)
        F.press(.enter, &state)
        return state
    }

    @Test func changingTheTierWithinTheWindowPaysTheNewTier() throws {
        var state = try Self.atTier(Self.payerFile(withholding: Self.agreement))
        F.press(.character("5"), &state)
        #expect(Self.contribution(state)?.step == .channel(selected: 0), "withholding is pre-selected when agreed")
        #expect(F.text(state).contains("广西农村信用社 ****6620"))
        F.press(.enter, &state)
        let (pending, decision) = try #require(Self.pending(state))
        #expect(decision.account.tierYuan == 500)
        #expect(decision.personalTotal == .yuan(500) && decision.subsidyTotal == .yuan(70))
        #expect(decision.contributions.first?.channel == .bankWithholding)
        #expect(pending.lines.contains(.init("contribution.confirm.bank", .text("广西农村信用社 ****6620"))))
    }

    @Test func choosingTheTaxOfficeDespiteAnAgreementIsPossible() throws {
        var state = try Self.atTier(Self.payerFile(withholding: Self.agreement))
        F.press(.enter, &state)
        F.press(.character("2"), &state)
        #expect(Self.pending(state)?.1.contributions.first?.channel == .taxOffice)
    }

    @Test func theBackPaymentOfferPaysTheLatestMissedYearsUpToTheShortfall() throws {
        var state = try Self.atTier(Self.shortPayerFile())
        F.press(.enter, &state)
        F.press(.character("1"), &state)
        guard let flow = Self.contribution(state), case .backPayment(0) = flow.step else {
            Issue.record("the back-payment offer follows the channel, starting at none")
            return
        }
        #expect(flow.backPaymentAllowed == 7)
        for _ in 0..<10 { F.press(.up, &state) }
        #expect(Self.contribution(state)?.step == .backPayment(years: 7), "no more than the rules allow")
        for _ in 0..<4 { F.press(.down, &state) }
        #expect(F.text(state).contains("2023–2025"))
        F.press(.enter, &state)
        let (pending, decision) = try #require(Self.pending(state))
        #expect(decision.contributions.map(\.year) == [2026, 2023, 2024, 2025])
        #expect(decision.personalTotal == .yuan(800))
        #expect(decision.subsidyTotal == .yuan(40), "back-paid years carry no subsidy")
        #expect(pending.lines.contains(.init("contribution.confirm.backPaidYears", .text("2023–2025"))))
    }

    @Test func declinesTheOfferWithNoYears() throws {
        var state = try Self.atTier(Self.shortPayerFile())
        F.press(.enter, &state)
        F.press(.enter, &state)
        F.press(.down, &state)
        F.press(.enter, &state)
        #expect(Self.pending(state)?.1.contributions.map(\.year) == [2026])
    }

    @Test func whenThisYearIsPaidOnlyBackPaymentIsOfferedWithAtLeastOneYear() throws {
        var state = try Self.atTier(Self.shortPayerFile(paidThisYear: true))
        let flow = try #require(Self.contribution(state))
        #expect(!flow.includeCurrentYear && flow.backPaymentYears == 1)
        #expect(F.text(state).contains("这次只办理补缴"))
        F.press(.enter, &state)
        F.press(.enter, &state)
        F.press(.down, &state)
        #expect(Self.contribution(state)?.step == .backPayment(years: 1), "at least one year")
        F.press(.enter, &state)
        #expect(Self.pending(state)?.1.contributions.map(\.year) == [2025])
    }

    // MARK: back, time-out, card

    @Test func backAtEveryStepGoesOneStepBackAndFinallyToTheMenu() throws {
        var state = try Self.atTier(Self.shortPayerFile(withholding: Self.agreement))
        F.press(.character("3"), &state)
        F.press(.character("2"), &state)
        #expect(Self.contribution(state)?.step == .backPayment(years: 0))
        F.press(.up, &state)
        F.press(.character("0"), &state)
        #expect(Self.contribution(state)?.step == .channel(selected: 1), "the chosen channel stays selected")
        F.press(.enter, &state)
        #expect(Self.contribution(state)?.step == .backPayment(years: 1), "the years chosen before are kept")
        F.press(.escape, &state)
        F.press(.escape, &state)
        guard case .tier(let choice)? = Self.contribution(state)?.step else {
            Issue.record("back to the tier")
            return
        }
        #expect(choice.tiers[choice.selected].yuan == 300, "the chosen tier stays selected")
        F.press(.character("0"), &state)
        #expect(F.villager(state)?.step == .menu(selected: 0))
    }

    @Test func backFromTheConfirmationGoesToTheMenuWithNothingRecorded() throws {
        var state = try Self.atTier(Self.payerFile())
        F.press(.enter, &state)
        F.press(.enter, &state)
        try #require(Self.pending(state) != nil)
        #expect(KioskReducer.reduce(&state, .key(.character("0"))).isEmpty)
        #expect(F.villager(state)?.step == .menu(selected: 0))
    }

    @Test func aTimeOutDuringTheFormEndsTheSessionAndLeavesNoPersonalData() throws {
        var state = try Self.atTier(Self.payerFile(withholding: Self.agreement))
        F.press(.enter, &state)
        F.tick(seconds: 61, &state)
        #expect(state.screen == .home)
        let text = F.text(state)
        #expect(!text.contains(Self.payer.name))
        #expect(!text.contains("6620"))
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = try Self.atTier(Self.payerFile())
        F.press(.enter, &state)
        F.press(.enter, &state)
        try #require(Self.pending(state) != nil)
        let effects = KioskReducer.reduce(&state, .card(.removed(reader: F.reader)))
        #expect(state.screen == .home)
        #expect(!effects.contains { if case .record = $0 { true } else { false } })
    }

    // MARK: screens

    @Test(arguments: [Language.chinese, .english])
    func everyStepMatchesItsSnapshot(language: Language) throws {
        let tag = language == .chinese ? "zh" : "en"
        var state = try Self.atTier(Self.shortPayerFile(withholding: Self.agreement))
        state.language = language
        try F.check(state, "contribution-tier-\(tag)")
        F.press(.enter, &state)
        try F.check(state, "contribution-channel-\(tag)")
        F.press(.character("1"), &state)
        F.press(.up, &state)
        F.press(.up, &state)
        try F.check(state, "contribution-backpayment-\(tag)")
        F.press(.enter, &state)
        try F.check(state, "contribution-confirm-withholding-\(tag)")

        var taxOffice = try Self.atTier(Self.payerFile())
        taxOffice.language = language
        F.press(.enter, &taxOffice)
        try F.check(taxOffice, "contribution-channel-taxoffice-\(tag)")
        F.press(.enter, &taxOffice)
        try F.check(taxOffice, "contribution-confirm-taxoffice-\(tag)")

        var backOnly = try Self.atTier(Self.shortPayerFile(paidThisYear: true))
        backOnly.language = language
        try F.check(backOnly, "contribution-tier-backonly-\(tag)")

        var refused = F.session(Self.payerFile(today: F.day("2026-12-25")))
        refused.language = language
        F.press(.character("1"), &refused)
        try F.check(refused, "contribution-refused-\(tag)")
    }
}

/// Signing a bank withholding agreement while paying (the coordinator's monthly help, or the villager alone).
struct ContributionWithholdingTests {
    @Test func aPayerWithoutAnAgreementSignsOneAndTheOrderIsWithheldAndKeptOnTheAccount() throws {
        let file = ContributionFlowTests.payerFile()
        var state = VillagerFixture.session(file)
        _ = VillagerFixture.press(&state, .character("1"), .enter)
        let channels = ScreenSnapshot.text(of: state)
        #expect(channels.contains("[2] 签订银行代扣协议"))
        _ = VillagerFixture.press(&state, .character("2"), .character("1"))
        for digit in "6228480012345678" { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        _ = VillagerFixture.press(&state, .enter)
        let consent = ScreenSnapshot.text(of: state)
        #expect(consent.contains("同意") && consent.contains("****5678"))
        try ScreenSnapshot.checkBoth(state, named: "contribution-sign-consent")
        _ = VillagerFixture.press(&state, .character("1"))
        CardPINSteps.pass(&state)
        let confirmation = ScreenSnapshot.text(of: state)
        #expect(confirmation.contains("新签代扣协议"))
        let effects = VillagerFixture.press(&state, .character("1"))
        guard case .record(.contribution(let decision), _)? = effects.first else {
            Issue.record("expected a contribution record, got \(effects)")
            return
        }
        #expect(decision.account.withholding?.accountNumber == "6228480012345678")
        #expect(decision.contributions.allSatisfy { $0.channel == .bankWithholding })
    }

    @Test func decliningTheAgreementGoesBackToTheChannelsAndNothingIsSigned() {
        let file = ContributionFlowTests.payerFile()
        var state = VillagerFixture.session(file)
        _ = VillagerFixture.press(&state, .character("1"), .enter, .character("2"), .character("1"))
        for digit in "6228480012345678" { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        _ = VillagerFixture.press(&state, .enter, .character("2"))
        #expect(ScreenSnapshot.text(of: state).contains("请选择缴费方式"))
        _ = VillagerFixture.press(&state, .character("1"))
        let effects = VillagerFixture.press(&state, .character("1"))
        guard case .record(.contribution(let decision), _)? = effects.first else {
            Issue.record("expected a contribution record, got \(effects)")
            return
        }
        #expect(decision.account.withholding == nil)
        #expect(decision.contributions.allSatisfy { $0.channel == .taxOffice })
    }
}
