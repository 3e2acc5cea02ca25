import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Home visits: the list, the witness, the confirmation, the receipt; back at every step; the time-out.
struct CoordinatorHomeVisitTests {
    typealias W = WorkFixture

    static func atList() -> KioskState {
        var state = W.loggedIn()
        _ = KioskReducer.reduce(&state, .key(W.key(.homeVisits)))
        _ = KioskReducer.reduce(&state, .villageRosterLoaded(W.roster))
        return state
    }

    @Test func aVisitIsRecordedWithTheWitnessAndTheCoordinatorAsActor() throws {
        var state = Self.atList()
        let list = ScreenSnapshot.text(of: state)
        #expect(list.contains("卢秀英") && list.contains("韦秀英"))
        #expect(!list.contains("蓝德福"), "a pensioner who can walk is not on the visit list")
        try ScreenSnapshot.check(state, named: "coordinator-visits-list-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = "韦大明".map { KioskReducer.reduce(&state, .key(.character($0))) }
        try ScreenSnapshot.check(state, named: "coordinator-visits-witness-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.enter))
        let confirm = ScreenSnapshot.text(of: state)
        #expect(confirm.contains("韦大明") && confirm.contains("2026-11-30"))
        try ScreenSnapshot.check(state, named: "coordinator-visits-confirm-zh-80x24")
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "the PIN is asked again first")
        let effects = W.passPIN(&state)
        #expect(effects == [.recordHomeVisit(personID: W.overdue.person.id, witness: "韦大明", actor: W.actor)])
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "a second press records nothing more")
        let receipt = W.receipt(.certification, for: W.overdue.person)
        #expect(KioskReducer.reduce(&state, .coordinatorRecorded(receipt)) == [.printReceipt(receipt)])
        _ = KioskReducer.reduce(&state, .printed(failure: nil))
        let shown = ScreenSnapshot.text(of: state)
        #expect(shown.contains("450124100210-20261130-0009") && shown.contains("回执已打印"))
        try ScreenSnapshot.check(state, named: "coordinator-visits-receipt-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(!ScreenSnapshot.text(of: state).contains("卢秀英"), "the certified person leaves the list")
    }

    @Test func backAtEveryStep() {
        var state = Self.atList()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = W.type(&state, "村委 覃")
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .coordinator(.work(.homeVisits(let form))) = state.screen, case .witness(_, let entry) = form.step else {
            Issue.record("back from the confirmation returns to the witness"); return
        }
        #expect(entry.text == "村委 覃")
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .coordinator(.work(.homeVisits(let back))) = state.screen else { Issue.record("left"); return }
        #expect(back.step == .list(selected: 1))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(state.screen == .coordinator(.menu(selected: 2)))
    }

    @Test func anEmptyWitnessIsNotAcceptedAndARefusalIsShown() {
        var state = Self.atList()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        _ = W.type(&state, "韦大明")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.passPIN(&state)
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("store.error.unknownPerson", ["id": "4501**********3304"])))
        #expect(ScreenSnapshot.text(of: state).contains("没有办成"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .coordinator(.work(.homeVisits(let form))) = state.screen else { Issue.record("left"); return }
        #expect(form.step == .list(selected: 0))
    }

    @Test func theCoordinatorTimesOutDuringTheFormAndNothingPersonalStays() {
        var state = Self.atList()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = "韦大".map { KioskReducer.reduce(&state, .key(.character($0))) }
        W.wait(&state, seconds: 30)
        #expect(state.coordinator != nil, "not yet")
        W.wait(&state, seconds: 16)
        #expect(state.screen == .home)
        #expect(state.coordinator == nil)
        let text = ScreenSnapshot.text(of: state)
        #expect(!text.contains("卢秀英") && !text.contains("韦大"))
        #expect(KioskReducer.reduce(&state, .coordinatorRecorded(W.receipt(.certification, for: W.overdue.person))).isEmpty)
        #expect(state.screen == .home)
    }
}
