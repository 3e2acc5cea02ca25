import Foundation
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The death report: finding the person, the day of death checked, the source, the confirmation, the receipt,
/// this month's deaths and the printed sheet.
struct CoordinatorDeathReportTests {
    typealias W = WorkFixture

    static func atWays() -> KioskState {
        var state = W.loggedIn()
        #expect(KioskReducer.reduce(&state, .key(W.key(.deathReport))) == [.loadVillageRoster])
        _ = KioskReducer.reduce(&state, .villageRosterLoaded(W.roster))
        return state
    }

    static func form(_ state: KioskState) -> DeathReportForm? {
        guard case .coordinator(.work(.deathReport(let form))) = state.screen else { return nil }
        return form
    }

    @Test func aDeathFoundByIDDigitsIsCheckedConfirmedAndRecorded() throws {
        var state = Self.atWays()
        try ScreenSnapshot.check(state, named: "coordinator-death-ways-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "12")
        #expect(ScreenSnapshot.text(of: state).contains("请至少输入 4 位"))
        _ = W.type(&state, "99")
        #expect(ScreenSnapshot.text(of: state).contains("没有身份证号包含这些数字"))
        for _ in 0..<4 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "19381008")
        #expect(ScreenSnapshot.text(of: state).contains("找到 1 人"))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "20261201")
        #expect(ScreenSnapshot.text(of: state).contains("死亡日期 2026-12-01 晚于今天"))
        for _ in 0..<8 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "19300101")
        #expect(ScreenSnapshot.text(of: state).contains("早于出生日期"))
        for _ in 0..<8 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "20261345")
        #expect(ScreenSnapshot.text(of: state).contains("日期不对"))
        try ScreenSnapshot.check(state, named: "coordinator-death-date-invalid-zh-80x24")
        for _ in 0..<8 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "20261118")
        try ScreenSnapshot.check(state, named: "coordinator-death-source-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        #expect(ScreenSnapshot.text(of: state).contains("死亡医学证明"))
        try ScreenSnapshot.check(state, named: "coordinator-death-evidence-kind-zh-80x24")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        // The document number: refused empty, too short or with spaces, taken trimmed.
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(ScreenSnapshot.text(of: state).contains("请输入证明编号"))
        _ = W.type(&state, "12")
        #expect(ScreenSnapshot.text(of: state).contains("证明编号应为 3-32 位"))
        _ = W.type(&state, " 34")
        #expect(ScreenSnapshot.text(of: state).contains("证明编号只能含字母、数字、- 和 /"))
        for _ in 0..<5 { _ = KioskReducer.reduce(&state, .key(.backspace)) }
        _ = W.type(&state, "450124-2026-0118")
        let confirm = ScreenSnapshot.text(of: state)
        #expect(confirm.contains("2026-11-18") && confirm.contains("2026-12") && confirm.contains("家属报告"))
        #expect(confirm.contains("450124-2026-0118") && confirm.contains("待县审核"))
        #expect(!confirm.contains(W.overdue.person.id.value), "the ID is masked")
        try ScreenSnapshot.check(state, named: "coordinator-death-confirm-zh-80x24")
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "the PIN is asked again first")
        let effects = W.passPIN(&state)
        #expect(effects == [.reportDeath(personID: W.overdue.person.id, diedOn: CivilDate(iso: "2026-11-18")!,
                                         source: .relative,
                                         evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"),
                                         actor: W.actor)])
        let receipt = W.receipt(.deathReport, for: W.overdue.person)
        #expect(KioskReducer.reduce(&state, .coordinatorRecorded(receipt)) == [.printReceipt(receipt)])
        #expect(Self.form(state)?.pensioners.contains { $0.person.id == W.overdue.person.id } == false)
    }

    @Test func thisMonthsDeathsAreListedAndPrinted() throws {
        var state = Self.atWays()
        let month = CalendarMonth(year: 2026, month: 11)!
        #expect(KioskReducer.reduce(&state, .key(.character("3"))) == [.loadMonthlyDeaths(month)])
        let line = DeathListLine(name: "卢秀英", maskedID: W.overdue.person.id.masked, diedOn: CivilDate(iso: "2026-11-18")!,
                                 source: .relative, reportedOn: W.F.today, cancellationPending: true)
        // Found late: died in October, reported in November, so it is in November's report, marked late.
        let late = DeathListLine(name: "黄德高", maskedID: "4501**********1014", diedOn: CivilDate(iso: "2026-10-29")!,
                                 source: .villageCommittee, reportedOn: CivilDate(iso: "2026-11-02")!,
                                 cancellationPending: false, countyStatus: .pending)
        _ = KioskReducer.reduce(&state, .monthlyDeathsLoaded([late, line]))
        let screen = ScreenSnapshot.text(of: state)
        #expect(screen.contains("卢秀英 4501**********2823 2026-11-18 死亡（家属报告） 县已受理 11-30 登记"))
        #expect(screen.contains("黄德高 4501**********1014 2026-10-29 死亡（村委会） 待县审核 补报 11-02 登记"))
        #expect(screen.contains("按登记日期列出"))
        try ScreenSnapshot.check(state, named: "coordinator-death-monthly-zh-80x24")
        #expect(KioskReducer.reduce(&state, .key(.character("1")))
                == [.printDeathReport(month, villageName: "马山县白山镇那料村", coordinatorName: "韦丽萍")])
        #expect(KioskReducer.reduce(&state, .key(.character("1"))).isEmpty, "not twice while printing")
        _ = KioskReducer.reduce(&state, .printed(failure: UserMessage("print.error.notFound")))
        #expect(ScreenSnapshot.text(of: state).contains("找不到打印机"))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .way(selected: 2))
    }

    @Test func anEarlierMonthsReportCanBeSeenAndPrintedButNotAMonthStillToCome() throws {
        var state = Self.atWays()
        let november = CalendarMonth(year: 2026, month: 11)!, october = CalendarMonth(year: 2026, month: 10)!
        _ = KioskReducer.reduce(&state, .key(.character("3")))
        _ = KioskReducer.reduce(&state, .monthlyDeathsLoaded([]))
        #expect(KioskReducer.reduce(&state, .key(.character("3"))).isEmpty, "December has not begun")
        #expect(!ScreenSnapshot.text(of: state).contains("按 3"))
        #expect(KioskReducer.reduce(&state, .key(.character("2"))) == [.loadMonthlyDeaths(october)])
        #expect(Self.form(state)?.step == .monthly(october, nil, nil))
        #expect(KioskReducer.reduce(&state, .key(.character("2"))).isEmpty, "one month at a time, while loading")
        let line = DeathListLine(name: "黄德高", maskedID: "4501**********1014", diedOn: CivilDate(iso: "2026-10-29")!,
                                 source: .villageCommittee, reportedOn: CivilDate(iso: "2026-10-30")!,
                                 cancellationPending: false)
        _ = KioskReducer.reduce(&state, .monthlyDeathsLoaded([line]))
        let screen = ScreenSnapshot.text(of: state)
        #expect(screen.contains("本村死亡人员月报 2026-10") && screen.contains("黄德高") && screen.contains("按 3"))
        try ScreenSnapshot.check(state, named: "coordinator-death-monthly-earlier-zh-80x24")
        #expect(KioskReducer.reduce(&state, .key(.character("1")))
                == [.printDeathReport(october, villageName: "马山县白山镇那料村", coordinatorName: "韦丽萍")])
        _ = KioskReducer.reduce(&state, .printed(failure: nil))
        #expect(KioskReducer.reduce(&state, .key(.right)) == [.loadMonthlyDeaths(november)])
    }

    @Test func theSheetNamesEveryDeathTheVillageAndWhoPrintedIt() {
        let line = DeathListLine(name: "卢秀英", maskedID: "4501**********2823", diedOn: CivilDate(iso: "2026-11-18")!,
                                 source: .hospital, reportedOn: W.F.today, cancellationPending: false)
        let lines = DeathReportSheet.lines([line], month: CalendarMonth(year: 2026, month: 11)!, villageName: "那料村",
                                           printedAt: Fixture.clock, coordinatorName: "韦丽萍",
                                           strings: ScreenSnapshot.strings, language: .chinese)
        #expect(lines.first == "本村死亡人员月报 2026-11")
        #expect(lines.contains("卢秀英 4501**********2823 2026-11-18 死亡（医院死亡证明） 县已受理 11-30 登记"))
        #expect(lines.contains("共 1 人") && lines.contains("报告人：协管员 韦丽萍"))
        #expect(!lines.contains { $0.hasPrefix("卢秀英") && $0.contains("补报") }, "nobody is late")
        #expect(!lines.joined().contains(StringCatalog.missingMark))
    }

    @Test func theSheetMarksADeathFoundLateWithItsDayOfDeathAndCountsThem() {
        let late = DeathListLine(name: "黄德高", maskedID: "4501**********1014", diedOn: CivilDate(iso: "2026-10-29")!,
                                 source: .police, reportedOn: CivilDate(iso: "2026-11-02")!, cancellationPending: true)
        let cancelled = DeathListLine(name: "韦金花", maskedID: "4501**********2048", diedOn: CivilDate(iso: "2026-11-03")!,
                                      source: nil, reportedOn: CivilDate(iso: "2026-11-05")!, cancellationPending: false,
                                      countyStatus: .pending)
        let month = CalendarMonth(year: 2026, month: 11)!
        let chinese = DeathReportSheet.lines([late, cancelled], month: month, villageName: "那料村", printedAt: Fixture.clock,
                                             coordinatorName: "韦丽萍", strings: ScreenSnapshot.strings, language: .chinese)
        #expect(chinese.contains("黄德高 4501**********1014 2026-10-29 死亡（公安户籍注销） 县已受理 补报 11-02 登记 待注销"))
        #expect(chinese.contains("韦金花 4501**********2048 2026-11-03 死亡（注销登记） 待县审核 11-05 登记"))
        #expect(chinese.contains("其中补报 1 人"))
        let english = DeathReportSheet.lines([late], month: month, villageName: "Naliao", printedAt: Fixture.clock,
                                             coordinatorName: nil, strings: ScreenSnapshot.strings, language: .english)
        #expect(english.contains { $0.hasPrefix("黄德高 4501**********1014 died 2026-10-29") && $0.contains("LATE") })
        #expect(!(chinese + english).joined().contains(StringCatalog.missingMark))
    }

    @Test func theConfirmationOfALateDeathSaysWhichMonthlyReportListsIt() throws {
        var state = Self.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "20261028")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.character("4")))
        _ = W.type(&state, "村委-2026-07")
        let confirm = ScreenSnapshot.text(of: state)
        #expect(confirm.contains("补报，列入月报") && confirm.contains("2026-11"))
        #expect(confirm.contains("养老金停发月份") && confirm.contains("2026-11"), "the pension stops from November")
        try ScreenSnapshot.check(state, named: "coordinator-death-confirm-late-zh-80x24")
    }

    @Test func backAtEveryStep() {
        var state = Self.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        #expect(Self.form(state)?.step == .pensioners(selected: 0))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "20261118")
        _ = KioskReducer.reduce(&state, .key(.character("6")))
        guard case .evidenceKind(let entry, _, .civilAffairs, selected: 0)? = Self.form(state)?.step else {
            Issue.record("the sixth source is civil affairs"); return
        }
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = W.type(&state, "HK-77")
        guard case .confirming(_, _, .civilAffairs, let evidence)? = Self.form(state)?.step else {
            Issue.record("confirming"); return
        }
        #expect(evidence == ActEvidence(kind: .householdCancellation, documentNumber: "HK-77"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .evidenceNumber(_, _, _, .householdCancellation, let typed, nil)? = Self.form(state)?.step else {
            Issue.record("back to the number"); return
        }
        #expect(typed.text == "HK-77")
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .evidenceKind(entry, CivilDate(iso: "2026-11-18")!, .civilAffairs, selected: 1))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .source(entry, CivilDate(iso: "2026-11-18")!, selected: 5))
        _ = KioskReducer.reduce(&state, .key(.escape))
        guard case .date(_, let typed, nil)? = Self.form(state)?.step else { Issue.record("back to the date"); return }
        #expect(typed.text == "20261118")
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .way(selected: 0))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.escape))
        #expect(Self.form(state)?.step == .way(selected: 0))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        #expect(state.screen == .coordinator(.menu(selected: 3)))
    }

    @Test func aRefusalFromTheStoreIsShownAndNothingIsRecordedTwice() {
        var state = Self.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "20261118")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.type(&state, "450124-2026-0118")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = W.passPIN(&state)
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("death.refusal.alreadyRecorded", ["date": "2026-11-18"])))
        #expect(ScreenSnapshot.text(of: state).contains("已登记此人于 2026-11-18 死亡"))
        _ = KioskReducer.reduce(&state, .key(.enter))
        #expect(Self.form(state)?.step == .way(selected: 0))
    }
}
