import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Villagers with an account for the claim, transfer and cancellation flows, and their sessions.
enum AccountHolderFixture {
    static let county = "450124"
    static let village = "450124100210"
    static let today = CivilDate(year: 2026, month: 11, day: 30)!
    static let policy: PolicyTable = {
        do {
            return try PolicyBook(folder: KioskAssets.url("policy")).table(region: county, on: today)
        } catch {
            fatalError("the shipped policy does not load: \(error)")
        }
    }()
    /// The shipped GB/T 2260 list.
    static let regions: RegionDirectory = {
        do {
            let text = try String(contentsOf: KioskAssets.url("reference/regions-gb2260.csv"), encoding: .utf8)
            return try RegionDirectory(csv: text)
        } catch {
            fatalError("the shipped region list does not load: \(error)")
        }
    }()

    /// A person born on `born` in the fixture county, with a valid ID number.
    static func person(born: String, name: String = "韦秀英", sequence: Int = 123) -> Person {
        let birth = CivilDate(iso: born)!
        let first17 = county + birth.compact + String(format: "%03d", sequence)
        let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
        return Person(id: id, name: name, nationCode: "08", villageCode: village)
    }

    static func paying(_ person: Person, transferPending: Bool = false,
                       withholding: BankAccount? = nil) -> InsuranceAccount {
        InsuranceAccount(personID: person.id, status: .paying, enrolledOn: CivilDate(year: 2012, month: 8, day: 1),
                         tierYuan: 200, withholding: withholding, transferPending: transferPending)
    }

    /// Regular contributions at the 200-yuan tier with a 40-yuan subsidy, one a year.
    static func history(_ person: Person, years: ClosedRange<Int>) -> ServiceHistory {
        ServiceHistory(contributions: years.map {
            Contribution(personID: person.id, year: $0, tierYuan: 200, personal: .yuan(200), subsidy: .yuan(40),
                         kind: .regular, channel: .taxOffice, paidOn: CivilDate(year: $0, month: 6, day: 1)!)
        })
    }

    static func file(_ person: Person, _ account: InsuranceAccount, _ history: ServiceHistory) -> VillagerFile {
        VillagerFile(person: person, isKnown: true, account: account, history: history, policy: policy, today: today,
                     serviceCounty: county, receipts: [], regions: regions)
    }

    /// A kiosk showing this villager's service menu, in `language`.
    static func session(_ file: VillagerFile, language: Language = .chinese) -> KioskState {
        var state = Fixture.state()
        let holder = CardHolder(idNumber: file.person.id.value, name: file.person.name, cardKind: .socialSecurityCard)
        state.screen = .villager(VillagerSession(holder: holder, file: file))
        state.lastActivity = state.clock
        state.language = language
        return state
    }

    /// Presses keys (single characters as typed, "\u{1B}" for Esc, "\n" for Enter); returns the last key's effects.
    @discardableResult
    static func press(_ state: inout KioskState, _ keys: String) -> [KioskEffect] {
        var effects: [KioskEffect] = []
        for character in keys {
            let key: Key = switch character {
            case "\n": .enter
            case "\u{1B}": .escape
            case "\u{7F}": .backspace
            default: .character(character)
            }
            effects = KioskReducer.reduce(&state, .key(key))
        }
        return effects
    }

    /// Chooses `service` from the menu.
    static func open(_ service: VillagerService, _ state: inout KioskState) throws {
        guard case .villager(let session) = state.screen else {
            Issue.record("no villager session")
            return
        }
        let index = try #require(session.services.firstIndex(of: service), "\(service) is not on the menu")
        press(&state, "\(index + 1)")
    }

    static func step(_ state: KioskState) -> VillagerStep? {
        if case .villager(let session) = state.screen { return session.step }
        return nil
    }

    /// Lets the session time out: clock events past the limit.
    /// Times the session out and checks nothing of the person stays on screen.
    static func expectTimeOutClearsTheScreen(
        _ state: inout KioskState, hiding secrets: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        timeOut(&state)
        #expect(state.screen == .home, sourceLocation: sourceLocation)
        let text = ScreenSnapshot.text(of: state)
        for secret in secrets {
            #expect(!text.contains(secret), "\(secret) stayed on screen", sourceLocation: sourceLocation)
        }
    }

    /// Pulls the card at the confirmation and checks that nothing is recorded.
    static func expectCardPulledAtConfirmationRecordsNothing(
        _ state: inout KioskState, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        CardPINSteps.pass(&state, sourceLocation: sourceLocation)
        guard case .confirming = step(state) else {
            Issue.record("not confirming", sourceLocation: sourceLocation)
            return
        }
        let effects = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .home, sourceLocation: sourceLocation)
        #expect(!effects.contains { if case .record = $0 { true } else { false } }, sourceLocation: sourceLocation)
    }

    static func timeOut(_ state: inout KioskState) {
        let start = state.clock.secondsSinceEpochOnWall
        let utc = TimeZone(identifier: "UTC")!
        for second in 1...(state.settings.sessionTimeoutSeconds + 1) {
            let time = WallClockTime(date: Date(timeIntervalSince1970: TimeInterval(start + second)), timeZone: utc)
            _ = KioskReducer.reduce(&state, .clock(time))
        }
    }
}

/// The pension claim: eligibility, the estimate explained, the bank account, the confirmation.
struct BenefitClaimFlowTests {
    typealias F = AccountHolderFixture

    /// 60 since 2026-05-10, 14 years paid 2012-2025 (the 14 required for someone 46 when the scheme started).
    static let claimant = F.person(born: "1966-05-10")
    static var eligible: VillagerFile {
        F.file(claimant, F.paying(claimant), F.history(claimant, years: 2012...2025))
    }

    @Test func theEstimateExplainsEachPartOfTheMonthlyPension() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        guard case .flow(.benefitClaim(let flow)) = F.step(state) else {
            Issue.record("not in the claim flow: \(String(describing: F.step(state)))")
            return
        }
        #expect(flow.step == .estimate)
        let text = ScreenSnapshot.text(of: state)
        // 14 years at 200 + 40 a year with 1.50 % interest; basic 163 (2026 table) + 20; 139 months (§6(2)).
        let estimate = PensionEstimate.make(history: Self.eligible.history, policy: F.policy, on: F.today)
        #expect(estimate.divisor == 139)
        #expect(estimate.basicPension == .yuan(183))
        #expect(text.contains("基础养老金（每月）"))
        #expect(text.contains("183.00 元"))
        #expect(text.contains("\(estimate.balance.total.yuanText) 元"))
        #expect(text.contains("139 个月"))
        #expect(text.contains("\(estimate.personalAccountPension.yuanText) 元"))
        #expect(text.contains("\(estimate.monthly.yuanText) 元"))
        #expect(text.contains("2026-12-01"), "paid from the month after the claim")
        #expect(!text.contains(Self.claimant.id.value), "the full ID number only on the confirmation")
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-estimate")
    }

    @Test func choosingABankAndTypingTheAccountLeadsToTheConfirmationWithTheAmounts() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "1")
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-bank")
        F.press(&state, "2")
        F.press(&state, "62284801234567890")
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-account")
        F.press(&state, "\n")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .benefitClaim(let decision) = pending.event else {
            Issue.record("not confirming a claim: \(String(describing: F.step(state)))")
            return
        }
        #expect(decision.claim.bankAccount == BankAccount(bank: "中国邮政储蓄银行", accountNumber: "62284801234567890"))
        #expect(decision.account.status == .receivingPension)
        #expect(pending.lines.contains(.init("benefitClaim.confirm.monthly", .money(decision.claim.estimate.monthly), keyFigure: true)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains(Self.claimant.id.value), "the confirmation shows the full ID number")
        #expect(text.contains("6228 4801 2345 6789 0"))
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-confirm")
    }

    @Test func confirmingRecordsTheClaimExactlyOnce() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "11123456789012\n")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state) else {
            Issue.record("not confirming")
            return
        }
        let effects = F.press(&state, "1")
        #expect(effects == [.record(pending.event, .selfService)])
        #expect(F.press(&state, "1").isEmpty, "a second key while recording records nothing more")
        #expect(F.press(&state, "\n").isEmpty)
    }

    @Test func anAccountOnFileIsOfferedPrefilled() throws {
        let withholding = BankAccount(bank: "广西农村信用社马山支行", accountNumber: "621111222233334444")
        let file = F.file(Self.claimant, F.paying(Self.claimant, withholding: withholding),
                          F.history(Self.claimant, years: 2012...2025))
        var state = F.session(file)
        try F.open(.benefitClaim, &state)
        F.press(&state, "1")
        guard case .flow(.benefitClaim(let flow)) = F.step(state), case .payout(let entry) = flow.step else {
            Issue.record("not at the bank list")
            return
        }
        #expect(entry.step == .bank(selected: PayoutBank.allCases.firstIndex(of: .ruralCredit)!))
        F.press(&state, "\n")
        F.press(&state, "\n")
        CardPINSteps.pass(&state)
        guard case .confirming(let pending) = F.step(state), case .benefitClaim(let decision) = pending.event else {
            Issue.record("the prefilled account was not accepted")
            return
        }
        #expect(decision.claim.bankAccount.accountNumber == "621111222233334444")
    }

    @Test func anAccountNumberOfTheWrongLengthIsRefusedOnTheSameScreen() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "1112345678901\n")
        guard case .flow(.benefitClaim(let flow)) = F.step(state), case .payout(let entry) = flow.step,
              case .number(_, _, let problem) = entry.step else {
            Issue.record("left the account screen")
            return
        }
        #expect(problem == "payout.account.length")
        #expect(ScreenSnapshot.text(of: state).contains("账号应为 12 至 19 位数字"))
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-accountTooShort")
        F.press(&state, "4\n")
        CardPINSteps.pass(&state)
        guard case .confirming = F.step(state) else {
            Issue.record("a 12-digit account was not accepted")
            return
        }
        var long = F.session(Self.eligible)
        try F.open(.benefitClaim, &long)
        F.press(&long, "11" + String(repeating: "9", count: 25))
        guard case .flow(.benefitClaim(let f)) = F.step(long), case .payout(let e) = f.step,
              case .number(_, let typed, _) = e.step else {
            Issue.record("left the account screen")
            return
        }
        #expect(typed.text.count == 19, "no more than 19 digits are taken")
    }

    @Test func backGoesOneStepAtATimeToTheMenu() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "11123")
        // Backspace edits, Esc leaves the account number for the bank list.
        F.press(&state, "\u{1B}")
        guard case .flow(.benefitClaim(let atBanks)) = F.step(state), case .payout(let entry) = atBanks.step,
              case .bank = entry.step else {
            Issue.record("Esc on the account number did not return to the banks")
            return
        }
        F.press(&state, "0")
        guard case .flow(.benefitClaim(let atEstimate)) = F.step(state) else {
            Issue.record("0 on the bank list did not return to the estimate")
            return
        }
        #expect(atEstimate.step == .estimate)
        F.press(&state, "0")
        #expect(F.step(state) == .menu(selected: 0))
        try F.open(.benefitClaim, &state)
        F.press(&state, "\u{1B}")
        #expect(F.step(state) == .menu(selected: 0), "Esc works like 0")
        try F.open(.benefitClaim, &state)
        F.press(&state, "11\u{7F}")
        guard case .flow(.benefitClaim(let flow)) = F.step(state), case .payout(let e) = flow.step, case .bank = e.step else {
            Issue.record("Backspace on an empty account number did not return to the banks")
            return
        }
    }

    @Test func tooFewYearsIsRefusedWithTheBackPaymentThatWouldReachThem() throws {
        let file = F.file(Self.claimant, F.paying(Self.claimant), F.history(Self.claimant, years: 2016...2025))
        var state = F.session(file)
        try F.open(.benefitClaim, &state)
        let backPayment = Money.yuan(F.policy.lowestTier.yuan) * 4
        #expect(F.step(state) == .refused(.benefitClaim, [.insufficientYears(paid: 10, required: 14, short: 4, backPayment: backPayment)]))
        #expect(ScreenSnapshot.text(of: state).contains("已缴费10年，需缴满14年，还差4年；按最低档补缴需\(backPayment.yuanText)元"))
        try ScreenSnapshot.checkBoth(state, named: "benefitClaim-refused-years")
        F.press(&state, "0")
        #expect(F.step(state) == .menu(selected: 0))
    }

    @Test func aPendingTransferIsRefused() throws {
        let file = F.file(Self.claimant, F.paying(Self.claimant, transferPending: true), F.history(Self.claimant, years: 2012...2025))
        var state = F.session(file)
        try F.open(.benefitClaim, &state)
        #expect(F.step(state) == .refused(.benefitClaim, [.transferPending]))
        #expect(ScreenSnapshot.text(of: state).contains("账户正在办理转移"))
    }

    @Test func everyOtherRefusalOfTheRulesEndsTheFlowAtOnce() {
        let young = F.person(born: "1970-02-01")
        let belowAge = F.file(young, F.paying(young), F.history(young, years: 2011...2025))
        let eligibleOn = CivilDate(year: 2030, month: 2, day: 1)!
        #expect(BenefitClaimFlow.start(belowAge) == .refused([.belowPensionAge(eligibleOn: eligibleOn)]))

        var receiving = Self.eligible
        receiving.account.status = .receivingPension
        #expect(BenefitClaimFlow.start(receiving) == .refused([.alreadyReceivingPension]))

        var terminated = Self.eligible
        terminated.account.status = .terminated
        #expect(BenefitClaimFlow.start(terminated) == .refused([.accountTerminated]))

        var notEnrolled = Self.eligible
        notEnrolled.account = .notEnrolled(Self.claimant.id)
        #expect(BenefitClaimFlow.start(notEnrolled) == .refused([.notEnrolled]))

        var deceased = Self.eligible
        deceased.person.diedOn = CivilDate(year: 2026, month: 10, day: 2)
        #expect(BenefitClaimFlow.start(deceased) == .refused([.deceased]))
    }

    @Test func theRefusedScreenShowsTheDateAPersonBecomesEligible() throws {
        var state = F.session(Self.eligible)
        guard case .villager(var session) = state.screen else { return }
        session.step = .refused(.benefitClaim, [.belowPensionAge(eligibleOn: CivilDate(year: 2030, month: 2, day: 1)!)])
        state.screen = .villager(session)
        #expect(ScreenSnapshot.text(of: state).contains("您可在2030-02-01起申领养老金"))
    }

    @Test func aTimeOutWhileTypingTheAccountEndsTheSessionWithNothingPersonalLeft() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "11622848")
        F.expectTimeOutClearsTheScreen(&state, hiding: [Self.claimant.name, Self.claimant.id.masked, "622848"])
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = F.session(Self.eligible)
        try F.open(.benefitClaim, &state)
        F.press(&state, "11123456789012\n")
        F.expectCardPulledAtConfirmationRecordsNothing(&state)
        #expect(!ScreenSnapshot.text(of: state).contains(Self.claimant.name))
    }
}
