import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Contribution reminders: who still needs one, the channel, recorded once a month.
struct CoordinatorReminderTests {
    typealias W = WorkFixture

    static let line = ReminderLine(personID: W.uninsuredWithPhone.person.id, name: "黄美玲", year: 2026,
                                   amountDue: .yuan(300), phone: "13877112233", lastRemindedOn: nil)
    static let other = ReminderLine(personID: W.payer.person.id, name: "农志强", year: 2026, amountDue: .yuan(300), phone: nil,
                                    lastRemindedOn: CivilDate(iso: "2026-10-12"))

    static func atList() -> KioskState {
        var state = W.loggedIn()
        #expect(KioskReducer.reduce(&state, .key(W.key(.reminders))) == [.loadRemindersDue])
        _ = KioskReducer.reduce(&state, .remindersDueLoaded([line, other]))
        return state
    }

    @Test func aReminderIsRecordedByChannelAndThePersonLeavesTheList() throws {
        var state = Self.atList()
        try ScreenSnapshot.check(state, named: "coordinator-reminders-list-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        try ScreenSnapshot.check(state, named: "coordinator-reminders-channel-zh-80x24")
        #expect(KioskReducer.reduce(&state, .key(.character("3")))
                == [.recordReminder(personID: Self.line.personID, channel: .sms, actor: W.actor)])
        _ = KioskReducer.reduce(&state, .reminderRecorded)
        #expect(ScreenSnapshot.text(of: state).contains("已短信提醒 黄美玲"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        let list = ScreenSnapshot.text(of: state)
        #expect(!list.contains("黄美玲") && list.contains("农志强"))
    }

    @Test func theOnceAMonthRefusalIsSaidPlainly() throws {
        var state = Self.atList()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("reminder.refusal.alreadyReminded", ["date": "2026-11-03"])))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("本月已于 2026-11-03 提醒过") && text.contains("不能记录对 农志强 的提醒"))
        try ScreenSnapshot.check(state, named: "coordinator-reminders-refused-zh-80x24")
    }

    @Test func backAtEveryStepAndAnEmptyList() {
        var state = Self.atList()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .coordinator(.work(.reminders(let form))) = state.screen else { Issue.record("left"); return }
        #expect(form.step == .list(selected: 1))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        #expect(state.screen == .coordinator(.menu(selected: 4)))
        _ = KioskReducer.reduce(&state, .key(W.key(.reminders)))
        _ = KioskReducer.reduce(&state, .remindersDueLoaded([]))
        #expect(ScreenSnapshot.text(of: state).contains("都已提醒过"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(state.screen == .coordinator(.menu(selected: 4)))
    }
}
