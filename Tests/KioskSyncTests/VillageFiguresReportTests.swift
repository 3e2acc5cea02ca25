import Foundation
import KioskDomain
import KioskStore
@testable import KioskSync
import Testing

/// The figures a kiosk reports are the store's own coverage and task-list counts, and the entries still waiting.
struct VillageFiguresReportTests {
    typealias F = SyncFixtures

    @Test("the reported figures are the rosters' coverage, the task list's judged and met items, and the outbox")
    func figuresAreTheStoresOwn() throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let figures = try VillageFiguresReport.compute(store: store, clock: F.clock, policies: nil)
        let coverage = try store.coverage(villageCode: F.village, on: F.clock.today)
        #expect(figures.villageCode == F.village && figures.computedAt == "2026-11-30T04:00:00.000Z")
        #expect(figures.adults == coverage.adults && figures.insured == coverage.insured)
        let items = AnnexTaskList.items(try store.taskListEvidence(year: 2026, on: F.clock.today), coverageTargetPerMille: nil)
        #expect(figures.taskItemsMet == items.filter { $0.standing == .met }.count)
        #expect(figures.taskItemsJudged == items.filter { $0.standing == .met || $0.standing == .notMet }.count)
        #expect(figures.waiting == 1)
        #expect(figures.isWellFormed)
    }
}
