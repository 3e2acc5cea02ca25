import Foundation
import Testing
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
@testable import KioskServices

/// The task list the coordinator's screen shows and `kiosk report tasklist` prints come from one computation, with
/// coverage judged against the policy table in force for the village, not a constant.
struct TaskListDeskTests {
    typealias E = EmploymentDeskTests

    /// The shipped tables with every coverage target set to `perMille`.
    static func policies(targetPerMille: Int) throws -> PolicyBook {
        PolicyBook(tables: try StoreOpening.policies().tables.map { table in
            var table = table
            table.coverageTargetPerMille = targetPerMille
            return table
        })
    }

    @Test("Under a table at 90 % item 10 is judged against 90 %, on the coordinator's screen and in the report alike; at 95 % against 95 %")
    func coverageTargetFromTheTable() throws {
        let (_, store, clock) = try E.desk(on: "2026-11-30")
        let coverage = try store.coverage(villageCode: store.villageCode, on: clock.today)
        for target in [900, 950] {
            let desk = CoordinatorDesk(store: store, clock: clock, policies: try Self.policies(targetPerMille: target))
            let inbox = EventInbox()
            desk.loadTaskList(strings: E.strings, posting: inbox)
            guard case .taskListLoaded(let sheet) = try DeskClockTests.answer(inbox) else { Issue.record("no task list"); return }
            #expect(sheet.year == 2026 && sheet.day == clock.today && sheet.items.map(\.number) == Array(1...17))
            let item = try #require(sheet.items.first { $0.number == 10 })
            #expect(item.value("target_percent") == String(CoverageFigures.percentText(perMille: target).dropLast()))
            #expect(item.progress == TaskProgress(value: coverage.perMille, target: target, scale: 1000, unit: .perMille))
            #expect(item.standing == (coverage.meets(targetPerMille: target) ? .met : .notMet))
            let report = try EmploymentDesk(store: store, clock: clock, strings: E.strings,
                                            policies: try Self.policies(targetPerMille: target)).taskListReport(year: 2026)
            let row = try #require(report.rows.first { $0.first == "10" })
            #expect(row[3].contains("target_percent=\(String(CoverageFigures.percentText(perMille: target).dropLast()))"))
            #expect(try EmploymentDesk(store: store, clock: clock, strings: E.strings,
                                       policies: try Self.policies(targetPerMille: target)).taskList(year: 2026) == sheet.items)
        }
    }
}
