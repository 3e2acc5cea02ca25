import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Enrolment at the kiosk: refusals, each question, back at every step, withholding, the
/// back-payment notice, time-out, card pulled, recording once, and the screens in both languages.
struct EnrolmentFlowTests {
    typealias F = SchemeFlowFixture

    static let newcomer = F.person(born: "1990-05-12", address: "那料村三队12号")
    /// 56 and never paid: 11 years short even paying every year until 60.
    static let nearSixty = F.person(born: "1970-03-01", address: "那料村一队5号", name: "黄秀英")

    /// A session on the enrolment flow's first screen.
    static func atPhone(_ person: Person = newcomer) throws -> KioskState {
        var state = F.session(F.file(person))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        try #require(F.flow(state) != nil, "enrolment opens on its first screen")
        return state
    }

    /// A session at the withholding question, with a valid phone, the stored address and the 300 yuan tier.
    static func atWithholding(_ person: Person = newcomer) throws -> KioskState {
        var state = try atPhone(person)
        F.type("13812345678", &state)
        F.press(.enter, &state)
        F.press(.enter, &state)
        F.press(.character("3"), &state)
        return state
    }

    static func enrolment(_ state: KioskState) -> EnrolmentFlow? {
        if case .enrolment(let flow) = F.flow(state) { return flow }
        return nil
    }

    // MARK: refusals

    @Test(arguments: [
        (F.person(born: "2012-03-01"), [ServiceRefusal.underMinimumAge(minimumAge: 16, eligibleOn: CivilDate(year: 2028, month: 3, day: 1)!)]),
        (F.person(born: "2005-09-01", student: true), [.fullTimeStudent]),
        (F.person(born: "1980-01-15", employeeScheme: true), [.inEmployeeScheme]),
        (F.person(born: "1980-01-15", registeredRegion: "450102"), [.notRegisteredHere(region: "450102")]),
        (F.person(born: "2011-01-01", student: true, employeeScheme: false), [
            .underMinimumAge(minimumAge: 16, eligibleOn: CivilDate(year: 2027, month: 1, day: 1)!), .fullTimeStudent,
        ]),
    ])
    func ineligiblePeopleAreRefusedWithTheRulesReasons(person: Person, refusals: [ServiceRefusal]) throws {
        var state = F.session(F.file(person))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        let session = try #require(F.villager(state))
        #expect(session.step == .refused(.enrolment, refusals))
        let text = F.text(state)
        for refusal in refusals {
            #expect(text.contains(F.strings.text(refusal.messageKey, .chinese, refusal.parameters)))
        }
    }

    @Test func enrolledPensionersAndTheDeceasedAreRefusedByTheFlowItself() {
        let person = F.person(born: "1980-01-15")
        var paying = F.file(person)
        paying.account = InsuranceAccount(personID: person.id, status: .paying, enrolledOn: F.day("2015-03-01"), tierYuan: 200)
        #expect(EnrolmentFlow.start(paying) == .refused([.alreadyEnrolled]))
        var pensioner = F.file(person)
        pensioner.account.status = .receivingPension
        #expect(EnrolmentFlow.start(pensioner) == .refused([.alreadyReceivingPension]))
        var dead = F.file(person)
        dead.person.diedOn = F.day("2026-01-02")
        #expect(EnrolmentFlow.start(dead) == .refused([.deceased]))
        var suspended = F.file(person)
        suspended.account.status = .paymentSuspended
        #expect(EnrolmentFlow.start(suspended) == .refused([.alreadyEnrolled]))
        var terminated = F.file(person)
        terminated.account = InsuranceAccount(personID: person.id, status: .terminated, terminationReason: .death)
        #expect(EnrolmentFlow.start(terminated) == .refused([.deceased]))
    }

    @Test func aTableWithoutTiersRefusesWithTheTierMessage() {
        var file = F.file(Self.newcomer)
        file.policy.tiers = []
        #expect(EnrolmentFlow.start(file) == .refused([.tierNotOffered(yuan: 0)]))
    }

    // MARK: questions

    @Test func aWrongPhoneNumberGetsAPlainMessageAndStaysOnTheField() throws {
        var state = try Self.atPhone()
        F.type("2381234567", &state)
        F.press(.enter, &state)
        guard case .phone(let entry, let errorKey)? = Self.enrolment(state)?.step else {
            Issue.record("still on the phone question")
            return
        }
        #expect(entry.text == "2381234567")
        #expect(errorKey == "phone.error.format")
        #expect(F.text(state).contains("请输入11位手机号码"))
        F.press(.backspace, &state)
        guard case .phone(_, nil)? = Self.enrolment(state)?.step else {
            Issue.record("typing again clears the message")
            return
        }
    }

    @Test func theAddressIsPrefilledEditableAndCannotBeLeftEmpty() throws {
        var state = try Self.atPhone()
        F.type("13812345678", &state)
        F.press(.enter, &state)
        guard case .address(let entry, nil)? = Self.enrolment(state)?.step else {
            Issue.record("the address question follows the phone")
            return
        }
        #expect(entry.text == "那料村三队12号")
        for _ in 0..<entry.text.count { F.press(.backspace, &state) }
        F.press(.enter, &state)
        guard case .address(_, "enrolment.address.required")? = Self.enrolment(state)?.step else {
            Issue.record("an empty address is not taken")
            return
        }
        F.type("那料村五队3号", &state)
        F.press(.enter, &state)
        #expect(Self.enrolment(state)?.address == "那料村五队3号")
    }

    @Test func tiersScrollWithArrowsAndPageKeysAndNumbersChooseTheVisibleOnes() throws {
        var state = try Self.atPhone()
        F.type("13812345678", &state)
        F.press(.enter, &state)
        F.press(.enter, &state)
        guard case .tier(let first)? = Self.enrolment(state)?.step else {
            Issue.record("the tier question follows the address")
            return
        }
        #expect(first.tiers.count == 12)
        #expect(first.visible.map(\.yuan) == [100, 200, 300, 400, 500, 600, 700, 800])
        for _ in 0..<8 { F.press(.down, &state) }
        guard case .tier(let scrolled)? = Self.enrolment(state)?.step else { return }
        #expect(scrolled.selected == 8 && scrolled.top == 1)
        #expect(F.text(state).contains("900"))
        F.press(.pageDown, &state)
        guard case .tier(let paged)? = Self.enrolment(state)?.step else { return }
        #expect(paged.visible.map(\.yuan) == [500, 600, 700, 800, 900, 1000, 1500, 2000])
        #expect(!paged.hasMoreBelow && paged.hasMoreAbove)
        F.press(.character("8"), &state)
        #expect(Self.enrolment(state)?.tier == PolicyTier(yuan: 2000, subsidyYuan: 150))
    }

    @Test func enrollingWithoutWithholdingRecordsTheAnswersOnce() throws {
        var state = try Self.atWithholding()
        F.press(.character("2"), &state)
        let session = try #require(F.villager(state))
        guard case .confirming(let pending) = session.step, case .enrolment(let decision) = pending.event else {
            Issue.record("no withholding leads to the confirmation")
            return
        }
        #expect(decision.account.tierYuan == 300)
        #expect(decision.account.withholding == nil)
        #expect(decision.person.phone?.value == "13812345678")
        #expect(decision.person.address == "那料村三队12号")
        #expect(pending.lines.contains(.init("enrolment.confirm.subsidy", .money(.yuan(50)))))
        #expect(!pending.lines.contains { $0.labelKey == "enrolment.confirm.backPaymentYears" })
        let text = F.text(state)
        #expect(text.contains(Self.newcomer.id.value), "the full ID number shows on the confirmation")
        #expect(text.contains("138****5678"))
        let effects = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(effects == [.record(.enrolment(decision), .selfService)])
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "a second press records nothing more")
    }

    @Test func signingWithholdingChoosesABankTakesTheAccountAndAsksConsent() throws {
        var state = try Self.atWithholding()
        F.press(.character("1"), &state)
        let postal = try #require(PayoutBank.allCases.firstIndex(of: .postalSavingsBank)) + 1
        F.press(.character(Character("\(postal)")), &state)
        F.type("62301234567", &state)
        F.press(.enter, &state)
        guard case .account(let entry)? = Self.enrolment(state)?.step,
              case .number(.postalSavingsBank, _, problemKey: "payout.account.length") = entry.step else {
            Issue.record("an 11-digit account number is refused")
            return
        }
        #expect(F.text(state).contains("账号应为 12 至 19 位数字"))
        F.type("89012", &state)
        F.press(.enter, &state)
        guard case .consent? = Self.enrolment(state)?.step else {
            Issue.record("a 16-digit account number leads to the consent")
            return
        }
        #expect(F.text(state).contains("中国邮政储蓄银行每年从账号 ****9012 代扣"))
        F.press(.character("1"), &state)
        CardPINSteps.pass(&state)
        let session = try #require(F.villager(state))
        guard case .confirming(let pending) = session.step, case .enrolment(let decision) = pending.event else {
            Issue.record("consent leads to the confirmation")
            return
        }
        #expect(decision.account.withholding == BankAccount(bank: "中国邮政储蓄银行", accountNumber: "6230123456789012"))
        #expect(F.text(state).contains("****9012"))
        #expect(!F.text(state).contains("6230123456789012"), "the account number is masked")
    }

    @Test func decliningConsentEnrolsWithoutWithholding() throws {
        var state = try Self.atWithholding()
        F.press(.character("1"), &state)
        F.press(.character("1"), &state)
        F.type("623012345678", &state)
        F.press(.enter, &state)
        F.press(.character("2"), &state)
        guard case .confirming(let pending)? = F.villager(state)?.step, case .enrolment(let decision) = pending.event else {
            Issue.record("declining leads to the confirmation")
            return
        }
        #expect(decision.account.withholding == nil)
    }

    @Test func someoneNearSixtyAndShortOfYearsIsShownTheBackPaymentNeeded() throws {
        var state = try Self.atWithholding(Self.nearSixty)
        F.press(.character("2"), &state)
        guard case .backPaymentNotice(let plan)? = Self.enrolment(state)?.step else {
            Issue.record("the back-payment notice comes before the confirmation")
            return
        }
        #expect(plan.shortYears == 11 && plan.remainingRegularYears == 4 && plan.requiredYears == 15)
        #expect(F.text(state).contains("1100.00 元"))
        F.press(.character("1"), &state)
        guard case .confirming(let pending)? = F.villager(state)?.step else {
            Issue.record("then the confirmation")
            return
        }
        #expect(pending.lines.contains(.init("enrolment.confirm.backPaymentYears", .years(11), keyFigure: true)))
        #expect(pending.lines.contains(.init("enrolment.confirm.backPaymentAmount", .money(.yuan(1100)), keyFigure: true)))
    }

    // MARK: back, time-out, card

    @Test func backAtEveryStepGoesOneStepBackAndFinallyToTheMenu() throws {
        var state = try Self.atWithholding(Self.nearSixty)
        F.press(.character("1"), &state)
        F.press(.character("2"), &state)
        F.type("623012345678", &state)
        F.press(.enter, &state)
        func stepName() -> String { Self.enrolment(state).map { F.caseName($0.step) } ?? "none" }
        #expect(stepName() == "consent")
        F.press(.character("0"), &state)
        guard case .account(let entry)? = Self.enrolment(state)?.step,
              case .number(.postalSavingsBank, let number, problemKey: nil) = entry.step else {
            Issue.record("back from the consent to the account number")
            return
        }
        #expect(number.text == "623012345678", "the number typed before is kept")
        F.press(.escape, &state)
        guard case .account(let list)? = Self.enrolment(state)?.step else {
            Issue.record("back from the number to the bank list")
            return
        }
        #expect(list.step == .bank(selected: 1), "the chosen bank stays selected")
        F.press(.escape, &state)
        #expect(stepName() == "withholdingOffer")
        F.press(.character("2"), &state)
        #expect(stepName() == "backPaymentNotice")
        F.press(.character("0"), &state)
        #expect(stepName() == "withholdingOffer")
        F.press(.character("0"), &state)
        #expect(stepName() == "tier")
        F.press(.escape, &state)
        #expect(stepName() == "address")
        F.press(.escape, &state)
        guard case .phone(let entry, _)? = Self.enrolment(state)?.step else {
            Issue.record("back to the phone question")
            return
        }
        #expect(entry.text == "13812345678", "the number typed before is kept")
        F.press(.escape, &state)
        #expect(F.villager(state)?.step == .menu(selected: 0))
    }

    @Test func backFromTheConfirmationGoesToTheMenuWithNothingRecorded() throws {
        var state = try Self.atWithholding()
        F.press(.character("2"), &state)
        #expect(KioskReducer.reduce(&state, .key(.escape)).isEmpty)
        #expect(F.villager(state)?.step == .menu(selected: 0))
    }

    @Test func aTimeOutDuringTheFormEndsTheSessionAndLeavesNoPersonalData() throws {
        var state = try Self.atPhone()
        F.type("13812345", &state)
        F.tick(seconds: 45, &state)
        #expect(F.text(state).contains("15 秒后自动退出"), "the countdown shows")
        #expect(Self.enrolment(state) != nil)
        F.tick(seconds: 20, &state)
        #expect(state.screen == .home)
        let text = F.text(state)
        #expect(!text.contains(Self.newcomer.name))
        #expect(!text.contains("13812345"))
        #expect(!text.contains(String(Self.newcomer.id.value.suffix(4))))
    }

    @Test func pullingTheCardDuringTheConfirmationRecordsNothing() throws {
        var state = try Self.atWithholding()
        F.press(.character("2"), &state)
        let effects = KioskReducer.reduce(&state, .card(.removed(reader: F.reader)))
        #expect(state.screen == .home)
        #expect(!effects.contains { if case .record = $0 { true } else { false } })
        #expect(!F.text(state).contains(Self.newcomer.name))
    }

    @Test func pullingTheCardAfterConfirmingKeepsTheSingleRecord() throws {
        var state = try Self.atWithholding()
        F.press(.character("2"), &state)
        var effects = KioskReducer.reduce(&state, .key(.enter))
        effects += KioskReducer.reduce(&state, .card(.removed(reader: F.reader)))
        #expect(effects.filter { if case .record = $0 { true } else { false } }.count == 1)
        #expect(state.screen == .home)
    }

    // MARK: screens

    @Test(arguments: [Language.chinese, .english])
    func everyStepMatchesItsSnapshot(language: Language) throws {
        let tag = language == .chinese ? "zh" : "en"
        var state = try Self.atPhone(F.person(born: "1970-03-01", address: "那料村三队12号"))
        state.language = language
        try F.check(state, "enrolment-phone-\(tag)")
        F.type("12345", &state)
        F.press(.enter, &state)
        try F.check(state, "enrolment-phone-error-\(tag)")
        for _ in 0..<5 { F.press(.backspace, &state) }
        F.type("13812345678", &state)
        F.press(.enter, &state)
        try F.check(state, "enrolment-address-\(tag)")
        F.press(.enter, &state)
        try F.check(state, "enrolment-tier-\(tag)")
        for _ in 0..<9 { F.press(.down, &state) }
        try F.check(state, "enrolment-tier-scrolled-\(tag)")
        F.press(.character("1"), &state)
        try F.check(state, "enrolment-withholding-\(tag)")
        F.press(.character("1"), &state)
        try F.check(state, "enrolment-bank-\(tag)")
        F.press(.character("1"), &state)
        F.type("6230720032656", &state)
        try F.check(state, "enrolment-account-\(tag)")
        F.press(.enter, &state)
        try F.check(state, "enrolment-consent-\(tag)")
        F.press(.character("1"), &state)
        try F.check(state, "enrolment-backpayment-\(tag)")
        F.press(.character("1"), &state)
        CardPINSteps.pass(&state)
        try F.check(state, "enrolment-confirm-\(tag)")

        var refused = F.session(F.file(F.person(born: "2012-03-01")))
        refused.language = language
        _ = KioskReducer.reduce(&refused, .key(.character("1")))
        try F.check(refused, "enrolment-refused-\(tag)")
    }
}
