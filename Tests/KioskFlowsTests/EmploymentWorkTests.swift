import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// The coordinator's employment work: the monthly confirmation with one key for "unchanged", the long-term
/// unemployed, matching and the weekly notice, fed by events and read from the screen.
struct EmploymentWorkTests {
    typealias W = WorkFixture
    static let month = CalendarMonth(iso: "2026-11")!
    static let due = CivilDate(iso: "2026-12-05")!

    static func row(_ name: String, _ sequence: Int, last: EmploymentStatus?) -> LabourForceRow {
        let id = VillagerFixture.idNumber(born: "1985-0\(1 + sequence % 9)-1\(sequence % 10)", sequence: sequence)
        return LabourForceRow(personID: id, name: name,
                              last: last.map { LabourForceRecord(personID: id, month: CalendarMonth(iso: "2026-10")!, status: $0,
                                                                 recordedBy: "XG-450124-017", recordedAt: Date(timeIntervalSince1970: 1_793_000_000)) },
                              current: nil)
    }

    static let rows = [row("覃志明", 11, last: .employed), row("韦美兰", 12, last: .selfEmployedOrFarming),
                       row("黄海军", 13, last: .unemployedWantingWork), row("蓝新华", 14, last: nil)]

    /// Logged in, at the employment menu (key 0).
    static func atEmployment() -> KioskState {
        var state = W.loggedIn()
        #expect(KioskReducer.reduce(&state, .key(.character("0"))).isEmpty)
        return state
    }

    @Test func keyZeroOpensTheEmploymentMenu() throws {
        let state = Self.atEmployment()
        guard case .coordinator(.work(.employment(let form))) = state.screen else {
            Issue.record("not at the employment work")
            return
        }
        #expect(form.step == .menu(selected: 0))
        try ScreenSnapshot.check(state, named: "coordinator-employment-menu-zh-80x24")
    }

    @Test func oneKeyConfirmsUnchangedAndEnterSavesOnlyWhatWasChosen() throws {
        var state = Self.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("1"))) == [.loadLabourForceMonth])
        _ = KioskReducer.reduce(&state, .labourForceMonthLoaded(month: Self.month, dueDay: Self.due, rows: Self.rows))
        try ScreenSnapshot.check(state, named: "coordinator-employment-confirm-zh-80x24")
        // 1, 1: the first two unchanged; 2: the third now employed; the fourth has no last record, so 1 does nothing.
        for key in ["1", "1", "2", "1"] { #expect(KioskReducer.reduce(&state, .key(.character(Character(key)))).isEmpty) }
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("已确认 3/4") && text.contains("有就业意愿暂未就业 → 受雇就业"))
        let effects = KioskReducer.reduce(&state, .key(.enter))
        let expected: [IDNumber: LabourForceChange] = [Self.rows[0].personID: .unchanged, Self.rows[1].personID: .unchanged,
                                                       Self.rows[2].personID: .status(.employed)]
        #expect(effects == [.confirmLabourForce(month: Self.month, changes: expected, actor: W.actor)])
        _ = KioskReducer.reduce(&state, .labourForceConfirmed(count: 3))
        #expect(ScreenSnapshot.text(of: state).contains("2026-11 已保存 3 条记录（原记录保留）"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        guard case .coordinator(.work(.employment(let form))) = state.screen else { return }
        #expect(form.step == .menu(selected: 0))
    }

    @Test func enterWithNothingChosenSavesNothingAndEscGoesBackWithoutSaving() {
        var state = Self.atEmployment()
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .labourForceMonthLoaded(month: Self.month, dueDay: Self.due, rows: Self.rows))
        #expect(KioskReducer.reduce(&state, .key(.enter)).isEmpty)
        _ = KioskReducer.reduce(&state, .key(.character("4")))
        #expect(KioskReducer.reduce(&state, .key(.escape)).isEmpty)
        guard case .coordinator(.work(.employment(let form))) = state.screen else { return }
        #expect(form.step == .menu(selected: 0))
    }

    @Test func theLongTermUnemployedListShowsMonthsAndRecommendations() throws {
        var state = Self.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("2"))) == [.loadLongTermUnemployed])
        let rows = [LongTermRow(personID: Self.rows[2].personID, name: "黄海军", months: 5, recommendations: 1, guidanceGiven: false)]
        _ = KioskReducer.reduce(&state, .longTermUnemployedLoaded(month: CalendarMonth(iso: "2026-10")!, rows: rows))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("2026-10 连续3个月未就业人员：1 人") && text.contains("已5个月，推介岗位 1 次") && text.contains("未做就业指导"))
        try ScreenSnapshot.check(state, named: "coordinator-employment-long-term-zh-80x24")
    }

    @Test func matchingShowsItsSummaryAndTheNoticeItsLinesAndPrintStatus() {
        var state = Self.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("3"))) == [.runMonthlyMatching(actor: W.actor)])
        _ = KioskReducer.reduce(&state, .jobsMatched(MatchingSummary(month: Self.month, seekers: 22, matched: 18, short: 2,
                                                                     incomplete: 2, messages: 15)))
        let summary = ScreenSnapshot.text(of: state)
        #expect(summary.contains("求职登记 22 人：18 人匹配3个以上，2 人不足3个，2 人信息不完整") && summary.contains("信 15 条"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(KioskReducer.reduce(&state, .key(.character("4"))) == [.publishWeeklyNotice(actor: W.actor)])
        _ = KioskReducer.reduce(&state, .weeklyNoticePublished(lines: ["本周就业岗位信息（2026-11-30，共1个）", "1. 电工"],
                                                               failure: UserMessage("print.error.notFound")))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("本周就业岗位信息（2026-11-30，共1个）") && text.contains("1. 电工"))
    }

    @Test func aStoreFailureIsShownAndLosesNothingOnScreen() {
        var state = Self.atEmployment()
        _ = KioskReducer.reduce(&state, .key(.character("3")))
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])))
        #expect(ScreenSnapshot.text(of: state).contains("保存失败"))
    }
}
