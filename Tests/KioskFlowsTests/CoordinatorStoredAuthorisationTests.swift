import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Acting for an absent villager again on an authorisation already stored: the ones in force (this villager's, not
/// revoked, in date, a service in scope) are offered to pick, the session opens on the picked one, and a new one can
/// still be recorded (issue 12 item 5).
struct CoordinatorStoredAuthorisationTests {
    typealias W = WorkFixture
    typealias A = CoordinatorAbsentVillagerTests
    static let today = VillagerFixture.today

    static func authorisation(id: Int64, name: String, relationship: String = "son", scope: Set<ProxyService> = [.certification],
                              from: String = "2026-06-01", until: String = "2027-05-31", revoked: Bool = false,
                              person: IDNumber = A.file.person.id) -> ProxyAuthorisation {
        var authorisation = ProxyAuthorisation(
            personID: person, kind: .authorisedProxy, proxyName: name, relationship: relationship,
            proxyIDNumber: A.proxyID, scope: scope, validFrom: CivilDate(iso: from)!, expiresOn: CivilDate(iso: until)!,
            consentRecordedAt: Date(timeIntervalSince1970: 1_780_000_000), consentEvidence: "form:SQ-2026-0\(id)",
            revoked: revoked)
        authorisation.id = id
        return authorisation
    }

    static let inForce = authorisation(id: 4, name: "韦建国", scope: [.certification, .contribution])
    static let expired = authorisation(id: 3, name: "韦过期", until: "2026-11-29")
    static let revoked = authorisation(id: 2, name: "韦撤销", revoked: true)
    static let notYet = authorisation(id: 5, name: "韦未到", from: "2026-12-01")
    static let outOfScope = authorisation(id: 6, name: "韦无项", scope: [.deathReport])
    static let someoneElses = authorisation(id: 7, name: "韦别人", person: VillagerFixture.idNumber(born: "1950-01-01", sequence: 333))

    /// At the list of stored authorisations for the absent villager, the store having found these.
    static func found(_ stored: [ProxyAuthorisation]) -> KioskState {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.actForAbsentVillager)))
        _ = W.type(&state, A.file.person.id.value)
        _ = KioskReducer.reduce(&state, .absentVillagerFound(A.file, authorisations: stored))
        return state
    }

    @Test("only this villager's authorisations in force today are offered, with who, what and until when")
    func onlyAuthorisationsInForceAreOffered() throws {
        let state = Self.found([Self.inForce, Self.expired, Self.revoked, Self.notYet, Self.outOfScope, Self.someoneElses])
        #expect(A.form(state)?.stored == [Self.inForce])
        #expect(A.form(state)?.step == .stored(selected: 0))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("已有 1 份有效授权"))
        #expect(text.contains("韦建国（儿子）\(A.proxyID.masked)：缴费、资格认证，至 2027-05-31"), "\(text)")
        #expect(text.contains("[2] 新建授权"))
        for other in ["韦过期", "韦撤销", "韦未到", "韦无项", "韦别人"] { #expect(!text.contains(other)) }
        #expect(!text.contains(A.proxyID.value), "the proxy's ID is masked")
        try ScreenSnapshot.check(state, named: "coordinator-absent-stored-zh-80x24")
    }

    @Test("picking a stored authorisation opens the session on it, limited to its scope, with nothing recorded")
    func pickingOneOpensTheSession() {
        var state = Self.found([Self.inForce])
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "no new authorisation is recorded")
        guard case .villager(let session) = state.screen else { Issue.record("the villager's session opens"); return }
        #expect(session.file.person.id == A.file.person.id)
        #expect(session.file.proxyScope == [.certification, .contribution])
        let proxy = Proxy(name: "韦建国", relationship: "son", maskedID: A.proxyID.masked, consentRecorded: true,
                          authorisationID: 4)
        #expect(state.actor == .coordinator(id: "XG-450124-017", name: "韦丽萍", proxy: proxy))
        #expect(ScreenSnapshot.text(of: state).contains("协管员代办：韦丽萍"))
    }

    @Test("a new authorisation can still be recorded from the list, and back returns to it")
    func aNewOneIsStillPossible() {
        var state = Self.found([Self.inForce])
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        #expect(A.form(state)?.step == .kind(selected: 0))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(A.form(state)?.step == .stored(selected: 1))
        _ = KioskReducer.reduce(&state, .key(.enter))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "韦建华")
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = W.type(&state, A.proxyID.value)
        _ = KioskReducer.reduce(&state, .key(.character("6")))
        _ = KioskReducer.reduce(&state, .key(.enter))
        _ = W.type(&state, "20271130")
        _ = W.type(&state, "SQ-2026-040")
        let effects = KioskReducer.reduce(&state, .key(.character("1")))
        guard case .recordAuthorisation(let recorded, _)? = effects.first else { Issue.record("recorded: \(effects)"); return }
        #expect(recorded.proxyName == "韦建华" && recorded.consentEvidence == "form:SQ-2026-040")
        #expect(A.form(state)?.step == .recording)
    }

    @Test("with none in force the authorisation is asked for as before; Esc on the list starts again")
    func withNoneInForceTheFormAsksAsBefore() {
        let state = Self.found([Self.expired, Self.revoked])
        #expect(A.form(state)?.step == .kind(selected: 0))
        #expect(A.form(state)?.stored.isEmpty == true)
        var listed = Self.found([Self.inForce])
        _ = KioskReducer.reduce(&listed, .key(.escape))
        #expect(A.form(listed) == AbsentVillagerForm())
        _ = state
    }

    @Test("an authorisation is in force only unrevoked, in date and with a service in scope")
    func inForceRule() {
        let services = [ProxyService.certification, .contribution]
        #expect(Self.inForce.isInForce(on: Self.today, forAnyOf: services))
        #expect(Self.inForce.isInForce(on: CivilDate(iso: "2027-05-31")!, forAnyOf: services), "its last day counts")
        #expect(!Self.inForce.isInForce(on: CivilDate(iso: "2027-06-01")!, forAnyOf: services))
        #expect(!Self.expired.isInForce(on: Self.today, forAnyOf: services))
        #expect(!Self.revoked.isInForce(on: Self.today, forAnyOf: services))
        #expect(!Self.notYet.isInForce(on: Self.today, forAnyOf: services))
        #expect(!Self.outOfScope.isInForce(on: Self.today, forAnyOf: services))
        #expect(!Self.inForce.isInForce(on: Self.today, forAnyOf: [.transfer]))
    }
}
