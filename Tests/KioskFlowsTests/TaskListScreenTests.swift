import Foundation
import Testing
import KioskDomain
@testable import KioskFlows

/// The coordinator's task-list screen: the year's 17 items with figure, target and bar, paper evidence marked, six
/// items a page turned with 8 and 9, fed by events and read from the screen.
struct TaskListScreenTests {
    typealias W = WorkFixture
    static let day = CivilDate(iso: "2026-11-30")!

    /// Evidence worked out by hand: 10 workers, 10 months counted (9 on time), 48 weeks published, 33 postings against
    /// 3 x 10 and 1.1 x 30, 190 of 200 adults insured.
    static func sheet(targetPerMille: Int = 950) -> TaskListSheet {
        var e = TaskListEvidence(year: 2026)
        e.labourForce = 10
        e.monthsCounted = 10; e.monthsCollected = 10; e.monthsOnTime = 9
        e.weeksCounted = 48; e.weeksPublished = 48; e.postings = 33; e.postingsLastYear = 30
        e.seekerMonths = 20; e.seekerMonthsWithThree = 20; e.matchesSent = 96
        e.longTermUnemployed = 2; e.longTermUnemployedServed = 1; e.longTermReportsMonths = 3
        e.tradesReachingTen = 1; e.classesRequested = 1; e.classesAnnounced = 1
        e.traineesWithoutWork = 4; e.traineesRecommendedThree = 4; e.followUpsDone = 3
        e.adults = 200; e.insured = 180
        e.remindersOwed = 5; e.remindersGiven = 5
        e.servicesSelf = 40; e.servicesByCoordinator = 12; e.deathReports = 2
        return TaskListSheet(year: 2026, day: day, items: AnnexTaskList.items(e, coverageTargetPerMille: targetPerMille))
    }

    static func atTaskList(_ sheet: TaskListSheet = sheet()) -> KioskState {
        var state = EmploymentTrainingTests.atEmployment()
        #expect(KioskReducer.reduce(&state, .key(.character("7"))) == [.loadTaskList])
        _ = KioskReducer.reduce(&state, .taskListLoaded(sheet))
        return state
    }

    @Test("Key 7 of the employment menu counts the task list; each item shows its figure against its target beside a bar, its standing in words and the paper it needs")
    func firstPage() throws {
        let state = Self.atTaskList()
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("2026 年任务清单（截至 2026-11-30）：判定 9 项，达标 6 项；7 项需纸质台账"))
        #expect(text.contains("10 / 目标 10") && text.contains("9 / 目标 10") && text.contains("33 / 目标 33"))
        #expect(text.contains("未达标") && text.contains("已达标 · 需纸质台账"))
        #expect(text.contains("第 1/3 页"))
        // Item 2 (9 of 10 months) draws nine tenths of its bar and the target mark in the last tenth.
        let line = try #require(text.split(separator: "\n").first { $0.contains("9 / 目标 10") })
        #expect(line.contains("█") && line.contains("┊"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-tasklist")
    }

    @Test("9 turns to the next six items and 8 back; past the last page 9 does nothing; 0 returns to the employment menu on the task list")
    func paging() throws {
        var state = Self.atTaskList()
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        var text = ScreenSnapshot.text(of: state)
        #expect(text.contains("第 2/3 页") && text.contains("10. 基本养老保险参保率") && !text.contains("1. 每月采集"))
        // Coverage 90.0 % against the table's 95.0 %: not met, the shortfall shown by the mark beyond the bar.
        #expect(text.contains("90.0% / 目标 95.0%"))
        let coverage = try #require(text.split(separator: "\n").first { $0.contains("90.0% / 目标 95.0%") })
        #expect(coverage.contains("┊"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-employment-tasklist-page2")
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        text = ScreenSnapshot.text(of: state)
        #expect(text.contains("第 3/3 页") && text.contains("17. 村级线路带宽升级") && text.contains("终端数据中没有此项"))
        #expect(text.contains("52（只统计，无数量目标）"))
        let last = state
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        #expect(state == last)
        _ = KioskReducer.reduce(&state, .key(.character("8")))
        #expect(ScreenSnapshot.text(of: state).contains("第 2/3 页"))
        _ = KioskReducer.reduce(&state, .key(.character("0")))
        guard case .coordinator(.work(.employment(let form))) = state.screen else { Issue.record("left the employment work"); return }
        #expect(form.step == .menu(selected: 6))
    }

    @Test("Under a table whose target is 90 %, the same 90.0 % coverage is met and the bar's figure says so")
    func targetFromTheTable() throws {
        var state = Self.atTaskList(Self.sheet(targetPerMille: 900))
        _ = KioskReducer.reduce(&state, .key(.character("9")))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("90.0% / 目标 90.0%"))
        let title = try #require(text.split(separator: "\n").first { $0.contains("10. 基本养老保险参保率") })
        #expect(title.contains("已达标"))
    }
}
