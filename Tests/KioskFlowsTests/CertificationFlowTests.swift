import Foundation
@testable import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// A pensioner certifies living status at the terminal: menu, declaration, confirmation, receipt.
struct CertificationFlowTests {
    typealias F = VillagerFixture

    @Test func pensionerSeesCertificationAndQueriesButNotEnrolment() {
        let state = F.session(F.pensioner())
        guard case .villager(let session) = state.screen else {
            Issue.record("expected a villager session, got \(state.screen)")
            return
        }
        #expect(session.services == [.certification, .queries])
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("[1] 资格认证") && text.contains("[2] 查询"))
        #expect(!text.contains("参保登记"))
    }

    @Test func pensionerDueTodayCertifiesAndConfirmationRecordsExactlyOnce() throws {
        var state = F.session(F.pensioner())
        #expect(F.press(&state, .character("1")).isEmpty)
        try ScreenSnapshot.checkBoth(state, named: "certification-declaration")
        #expect(F.press(&state, .character("1")).isEmpty)
        CardPINSteps.pass(&state)
        let confirmation = ScreenSnapshot.text(of: state)
        #expect(confirmation.contains("450124194906293304"), "the full ID number shows only on the confirmation")
        #expect(confirmation.contains("2027-11-30"))
        try ScreenSnapshot.checkBoth(state, named: "certification-confirm")

        let effects = F.press(&state, .character("1"))
        #expect(effects.count == 1)
        guard case .record(.certification(let decision), let actor) = effects.first else {
            Issue.record("expected one certification record, got \(effects)")
            return
        }
        #expect(actor == .selfService)
        #expect(decision.certification.method == .terminal)
        #expect(decision.certification.nextDue == CivilDate(iso: "2027-11-30"))
        #expect(F.press(&state, .character("1"), .enter).isEmpty, "keys while saving record nothing more")
    }

    @Test func suspendedPensionerIsToldPaymentResumesWithBackPay() {
        var state = F.session(F.pensioner(certifiedUntil: "2026-05-23", suspendedFrom: "2026-06-01"))
        _ = F.press(&state, .character("1"))
        #expect(ScreenSnapshot.text(of: state).contains("补发暂停期间的养老金"))
        _ = F.press(&state, .character("1"))
        CardPINSteps.pass(&state)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("认证后养老金从本月恢复发放"))
        #expect(text.contains("5 个月"), "June to October are paid back")
        // Each month at the 2026 table's basic pension: 163 + 20 top-up, no personal-account part: 5 x 183.
        #expect(text.contains("915.00 元"))
    }

    /// Certification is possible at any time; the next one is due 12 months after it (policy `certification`).
    @Test func aPensionerCertifiedTwoMonthsAgoCertifiesAgainAndIsNextDueTwelveMonthsLater() throws {
        // Certified on 2026-09-30 (due 2027-09-30); today is 2026-11-30.
        var state = F.session(F.pensioner(certifiedUntil: "2027-09-30"))
        _ = F.press(&state, .character("1"))
        #expect(ScreenSnapshot.text(of: state).contains("2027-09-30"))
        _ = F.press(&state, .character("1"))
        CardPINSteps.pass(&state)
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("2027-11-30"))
        #expect(!text.contains("2028-09-30"), "not 12 months past the old due day")
    }

    @Test func backAtEveryStepReturnsTowardsTheMenu() {
        var state = F.session(F.pensioner())
        _ = F.press(&state, .character("1"), .escape)
        #expect(ScreenSnapshot.text(of: state).contains("请选择要办理的业务"))
        _ = F.press(&state, .character("1"), .character("1"), .escape)
        #expect(ScreenSnapshot.text(of: state).contains("请选择要办理的业务"), "Esc at the card's PIN goes back")
        _ = F.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        _ = F.press(&state, .character("0"))
        #expect(ScreenSnapshot.text(of: state).contains("请选择要办理的业务"))
    }

    @Test func cardPulledDuringConfirmationRecordsNothingAndClearsTheScreen() {
        var state = F.session(F.pensioner())
        _ = F.press(&state, .character("1"), .character("1"))
        let effects = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(effects.isEmpty)
        #expect(state.screen == .home)
        #expect(!ScreenSnapshot.text(of: state).contains("韦秀英"))
    }

    @Test func cardPulledAfterConfirmationStillRecordsOnceAndTheLateReceiptShowsNobody() throws {
        var state = F.session(F.pensioner())
        _ = F.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        let effects = F.press(&state, .character("1"))
        #expect(effects.filter { if case .record = $0 { true } else { false } }.count == 1)
        _ = KioskReducer.reduce(&state, .card(.removed(reader: "r")))
        #expect(state.screen == .home)
        let receipt = Receipt(number: "450124100210-20261130-0001", villageCode: "450124100210", service: .certification,
                              personID: F.pensioner().person.id, personName: "韦秀英", businessDate: F.today,
                              summary: [:], amount: nil, actor: .selfService, recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        #expect(KioskReducer.reduce(&state, .recorded(receipt)).isEmpty)
        #expect(state.screen == .home)
    }

    @Test func recordedReceiptIsShownAndAFailedWriteSaysNothingWasRecorded() throws {
        var state = F.session(F.pensioner())
        _ = F.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        _ = F.press(&state, .character("1"))
        let receipt = Receipt(number: "450124100210-20261130-0007", villageCode: "450124100210", service: .certification,
                              personID: F.pensioner().person.id, personName: "韦秀英", businessDate: F.today,
                              summary: ["nextDue": "2027-11-30", "backPay": "0.00"], amount: nil, actor: .selfService,
                              recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        let effects = KioskReducer.reduce(&state, .recorded(receipt))
        #expect(effects.contains(.loadVillager(CardHolder(idNumber: "450124194906293304", name: "韦秀英", cardKind: .socialSecurityCard))))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("450124100210-20261130-0007"))
        #expect(text.contains("4501**********3304"))
        #expect(!text.contains("450124194906293304"))
        try ScreenSnapshot.checkBoth(state, named: "certification-receipt")

        var failing = F.session(F.pensioner())
        _ = F.press(&failing, .character("1"), .character("1"))
        CardPINSteps.pass(&failing)
        _ = F.press(&failing, .character("1"))
        _ = KioskReducer.reduce(&failing, .recordFailed(UserMessage("store.error.writeFailed",
                                                                    nested: ["reason": .databaseFailure])))
        let failed = ScreenSnapshot.text(of: failing)
        #expect(failed.contains("这次没有记录任何内容"))
        #expect(failed.contains("终端的数据库出错") && !failed.contains("{reason}"), "the reason is shown, not its placeholder")
    }

    @Test func inactivityEndsTheSessionAfterACountdownAndAnyKeyExtendsIt() {
        var state = F.session(F.pensioner())
        _ = F.press(&state, .character("1"))
        let start = state.clock.secondsSinceEpochOnWall
        func at(_ seconds: Int) -> WallClockTime {
            let total = start + seconds
            return WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 5 + total / 60 - start / 60, second: total % 60)
        }
        _ = KioskReducer.reduce(&state, .clock(at(45)))
        #expect(ScreenSnapshot.text(of: state).contains("15 秒后自动退出"))
        _ = KioskReducer.reduce(&state, .key(.up))
        _ = KioskReducer.reduce(&state, .clock(at(100)))
        #expect(state.screen != .home, "the key at 45 s gave another minute")
        _ = KioskReducer.reduce(&state, .clock(at(106)))
        #expect(state.screen == .home)
        #expect(!ScreenSnapshot.text(of: state).contains("韦秀英"))
    }

    @Test func theServiceMenuMatchesItsSnapshotsInBothLanguages() throws {
        try ScreenSnapshot.checkBoth(F.session(F.pensioner()), named: "villager-menu")
    }
}
