import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Acting for an absent villager by ID number: the authorisation, the consent, then the villager's session
/// with the proxy on every record; and the security rule that no villager session reaches these screens.
struct CoordinatorAbsentVillagerTests {
    typealias W = WorkFixture
    static let file = VillagerFixture.pensioner()
    static let proxyID = VillagerFixture.idNumber(born: "1975-01-01", sequence: 111)

    static func form(_ state: KioskState) -> AbsentVillagerForm? {
        guard case .coordinator(.work(.absentVillager(let form))) = state.screen else { return nil }
        return form
    }

    /// At the consent of an authorised proxy: son 韦建国, certification only, until 2027-11-30.
    static func atConsent() -> KioskState {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.actForAbsentVillager)))
        _ = W.type(&state, file.person.id.value)
        _ = KioskReducer.reduce(&state, .absentVillagerFound(file))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "韦建国")
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = W.type(&state, proxyID.value)
        _ = KioskReducer.reduce(&state, .key(.character("6")))
        _ = KioskReducer.reduce(&state, .key(.enter))
        _ = W.type(&state, "20271130")
        _ = W.type(&state, "SQ-2026-031")
        return state
    }

    @Test func anInvalidOrUnknownIDNumberIsSaidPlainly() throws {
        var state = W.loggedIn()
        #expect(KioskReducer.reduce(&state, .key(W.key(.actForAbsentVillager))).isEmpty)
        try ScreenSnapshot.check(state, named: "coordinator-absent-id-zh-80x24")
        #expect(W.type(&state, "450124194906293305").isEmpty, "a wrong check digit is not looked up")
        #expect(ScreenSnapshot.text(of: state).contains("身份证号不对"))
        for _ in 0..<18 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        #expect(W.type(&state, Self.file.person.id.value) == [.findAbsentVillager(Self.file.person.id)])
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("coordinator.absent.id.unknown")))
        #expect(ScreenSnapshot.text(of: state).contains("本机没有这个身份证号的村民"))
    }

    @Test func anAuthorisedProxyIsRecordedAndTheSessionCarriesTheProxy() throws {
        var state = Self.atConsent()
        let consent = ScreenSnapshot.text(of: state)
        #expect(consent.contains("韦建国") && consent.contains("儿子") && consent.contains("资格认证"))
        #expect(consent.contains("2026-11-30 – 2027-11-30") && consent.contains(Self.proxyID.masked))
        #expect(!consent.contains(Self.proxyID.value) && !consent.contains(Self.file.person.id.value))
        try ScreenSnapshot.check(state, named: "coordinator-absent-consent-zh-80x24")
        let effects = KioskReducer.reduce(&state, .key(.character("1")))
        guard case .recordAuthorisation(let authorisation, let coordinatorID)? = effects.first, effects.count == 1 else {
            Issue.record("one authorisation is recorded: \(effects)"); return
        }
        #expect(coordinatorID == "XG-450124-017")
        #expect(authorisation.kind == .authorisedProxy && authorisation.proxyName == "韦建国")
        #expect(authorisation.relationship == "son" && authorisation.proxyIDNumber == Self.proxyID)
        #expect(authorisation.scope == [.certification])
        #expect(authorisation.validFrom == VillagerFixture.today && authorisation.expiresOn == CivilDate(iso: "2027-11-30"))
        #expect(authorisation.permits(service: .certification, on: VillagerFixture.today))
        #expect(!authorisation.permits(service: .transfer, on: VillagerFixture.today))
        #expect(authorisation.consentEvidence == "form:SQ-2026-031", "the signed form's number, as typed")
        #expect(ProxyConsent(recordedText: authorisation.consentEvidence) == .signedForm(number: "SQ-2026-031"))

        var stored = authorisation
        stored.id = 7
        _ = KioskReducer.reduce(&state, .authorisationRecorded(stored))
        guard case .villager(let session) = state.screen else { Issue.record("the villager's session opens"); return }
        #expect(session.file.person.id == Self.file.person.id)
        let proxy = Proxy(name: "韦建国", relationship: "son", maskedID: Self.proxyID.masked, consentRecorded: true,
                          authorisationID: 7)
        #expect(state.actor == .coordinator(id: "XG-450124-017", name: "韦丽萍", proxy: proxy))
        let recorded = VillagerFixture.press(&state, .character("1"), .character("1"), .character("1"))
        #expect(recorded.count == 1)
        guard case .record(_, let actor)? = recorded.first else { Issue.record("the certification is recorded"); return }
        #expect(actor.proxy == proxy, "the proxy goes with the record to the receipt and the audit log")

        let receipt = Receipt(number: "450124100210-20261130-0011", villageCode: WorkFixture.village, service: .certification,
                              personID: Self.file.person.id, personName: "韦秀英", businessDate: VillagerFixture.today,
                              summary: ["nextDue": "2027-11-30", "backPay": "0.00"], amount: nil, actor: actor,
                              recordedAt: Date(timeIntervalSince1970: 1_796_000_000))
        _ = KioskReducer.reduce(&state, .recorded(receipt))
        #expect(ScreenSnapshot.text(of: state).contains("代办人 韦建国（儿子）"), "the receipt names the proxy")
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .villager(let after) = state.screen, case .menu = after.step else { Issue.record("back to the session menu"); return }
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(state.screen == .coordinator(.menu(selected: 0)), "with no card to pull, Esc on the menu ends the session")
        #expect(state.actingProxy == nil)
        #expect(state.actor == .coordinator(id: "XG-450124-017", name: "韦丽萍"))
    }

    @Test func aRelativeAssistingNeedsNoScopeOrExpiry() {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.actForAbsentVillager)))
        _ = W.type(&state, Self.file.person.id.value)
        _ = KioskReducer.reduce(&state, .absentVillagerFound(Self.file))
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = W.type(&state, "黄小梅")
        _ = KioskReducer.reduce(&state, .key(.character("5")))
        _ = W.type(&state, Self.file.person.id.value)
        #expect(ScreenSnapshot.text(of: state).contains("代办人不能是村民本人"))
        for _ in 0..<18 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, Self.proxyID.value)
        // The villager is absent: the number of the form they signed is typed, checked like any document number.
        #expect(ScreenSnapshot.text(of: state).contains("村民签字的授权委托书编号是"))
        _ = W.type(&state, "")
        #expect(ScreenSnapshot.text(of: state).contains("请输入证明编号"))
        _ = W.type(&state, "a b")
        #expect(ScreenSnapshot.text(of: state).contains("证明编号只能含字母、数字、- 和 /"))
        for _ in 0..<3 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "XB-118")
        #expect(Self.form(state)?.step == .consent)
        guard case .recordAuthorisation(let authorisation, _)? = KioskReducer.reduce(&state, .key(.enter)).first else {
            Issue.record("recorded"); return
        }
        #expect(authorisation.kind == .relativeAssisting && authorisation.relationship == "daughter-in-law")
        #expect(authorisation.expiresOn == VillagerFixture.today && authorisation.scope == Set(ProxyDraft.services))
        #expect(authorisation.consentEvidence == "form:XB-118")
    }

    @Test func expiryIsCheckedAndBackWorksAtEveryStep() {
        var state = Self.atConsent()
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .consentForm(let form, nil)? = Self.form(state)?.step else { Issue.record("back to the form number"); return }
        #expect(form.text == "SQ-2026-031")
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .expiry(let entry, _)? = Self.form(state)?.step else { Issue.record("back to the expiry"); return }
        #expect(entry.text == "20271130")
        for _ in 0..<8 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "20261129")
        #expect(ScreenSnapshot.text(of: state).contains("不能早于今天"))
        for _ in 0..<8 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "20300101")
        #expect(ScreenSnapshot.text(of: state).contains("授权最长 2 年"))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .scope(selected: 0))
        #expect(Self.form(state)?.draft.scope == [.certification])
        _ = KioskReducer.reduce(&state, .key(.character("6")))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(Self.form(state)?.step == .scope(selected: 5), "no service chosen: Enter does not go on")
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .proxyID(let typed, _)? = Self.form(state)?.step else { Issue.record("back to the proxy's ID"); return }
        #expect(typed.text == Self.proxyID.value)
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .relationship(selected: 1))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .proxyName(let name)? = Self.form(state)?.step else { Issue.record("back to the name"); return }
        #expect(name.text == "韦建国")
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .kind(selected: 0))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state) == AbsentVillagerForm())
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(state.screen == .coordinator(.menu(selected: 5)))
    }

    @Test func theCoordinatorTimesOutDuringTheAuthorisation() {
        var state = Self.atConsent()
        W.wait(&state, seconds: 46)
        #expect(state.screen == .home && state.coordinator == nil && state.actingProxy == nil)
        let text = ScreenSnapshot.text(of: state)
        #expect(!text.contains("韦建国") && !text.contains("韦秀英"))
        #expect(KioskReducer.reduce(&state, .authorisationRecorded(ProxyAuthorisation(
            personID: Self.file.person.id, kind: .authorisedProxy, proxyName: "韦建国", relationship: "son",
            proxyIDNumber: Self.proxyID, scope: [.certification], validFrom: VillagerFixture.today,
            expiresOn: VillagerFixture.today, consentRecordedAt: Date(timeIntervalSince1970: 1_796_000_000), consentEvidence: ""))).isEmpty)
        #expect(state.screen == .home, "a late answer opens no session")
    }

    @Test func aVillagerSessionNeverReachesTheWorkScreensOrAnotherPersonsData() {
        var state = VillagerFixture.session(Self.file)
        let keys: [Key] = (0...9).map { .character(Character("\($0)")) } + [.escape, .enter, .up, .down, .left, .right,
                                                                           .pageUp, .pageDown, .backspace]
            + (1...12).map { .function($0) }
        for key in keys + keys {
            _ = KioskReducer.reduce(&state, .key(key))
            if case .coordinator = state.screen { Issue.record("\(key) reached the coordinator screens") }
            #expect(state.coordinator == nil)
        }
        var fresh = VillagerFixture.session(Self.file)
        let before = fresh.screen
        for event: KioskEvent in [.villageRosterLoaded(W.roster), .absentVillagerFound(VillagerFixture.pensioner(certifiedUntil: "2027-01-01")),
                                  .remindersDueLoaded([]), .monthlyDeathsLoaded([]), .reminderRecorded,
                                  .coordinatorRecorded(W.receipt(.certification, for: W.payer.person))] {
            #expect(KioskReducer.reduce(&fresh, event).isEmpty)
            #expect(fresh.screen == before, "\(event) changes nothing in a villager's session")
        }
        var home = Fixture.state()
        _ = KioskReducer.reduce(&home, .villageRosterLoaded(W.roster))
        #expect(home.screen == .home)
        #expect(!ScreenSnapshot.text(of: home).contains("卢秀英"))
    }
}
