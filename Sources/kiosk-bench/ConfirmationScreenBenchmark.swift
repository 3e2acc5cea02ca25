import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import TerminalUI

/// The coordinator's monthly confirmation screen for 500 workers: render time per redraw after each key (goal: under
/// 2 ms), and the cells changed.
enum ConfirmationScreenBenchmark {
    static let workers = 500
    static let redraws = 1_000

    static func run() throws -> [String] {
        let strings = try StringCatalog.load(from: KioskAssets.url("strings"))
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let instant = KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: zone).instant(on: CivilDate(year: 2026, month: 11, day: 30)!, hour: 9)
        var state = KioskState(settings: KioskSettings(villageName: "马山县白山镇那料村", hasPrinter: true),
                               size: TerminalSize(width: 80, height: 24), clock: WallClockTime(date: instant, timeZone: zone))
        state.coordinator = CoordinatorIdentity(id: "XG-450124-017", name: "韦丽萍", cardNumber: "GX3456789")
        let month = CalendarMonth(year: 2026, month: 11)!
        let rows: [LabourForceRow] = (0..<workers).map { i in
            let born = CivilDate(year: 1970 + i % 35, month: 1 + i % 12, day: 1 + i % 28)!
            let first17 = "450124" + born.compact + String(format: "%03d", i % 1000)
            let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
            let last = LabourForceRecord(personID: id, month: month.previous, status: i % 3 == 0 ? .employed : .selfEmployedOrFarming,
                                         recordedBy: "XG-450124-017", recordedAt: instant)
            return LabourForceRow(personID: id, name: "村民\(i)", last: last, current: nil)
        }
        state.screen = .coordinator(.work(.employment(EmploymentWorkForm(
            step: .confirming(month: month, dueDay: LabourForceDeadline.dueDay(for: month), rows: rows, selected: 0)))))
        var times = Measurements()
        var previous: Grid?
        var changed = 0
        for _ in 0..<redraws {
            _ = KioskReducer.reduce(&state, .key(.character("1")))
            if case .coordinator(.work(.employment(let form))) = state.screen, case .confirming(_, _, _, let selected) = form.step,
               selected == workers - 1 {
                state.screen = .coordinator(.work(.employment(EmploymentWorkForm(
                    step: .confirming(month: month, dueDay: LabourForceDeadline.dueDay(for: month), rows: rows, selected: 0)))))
            }
            let grid = times.time { KioskRenderer.render(state, strings: strings) }
            changed += grid.changedPositions(since: previous).count
            previous = grid
        }
        return ["monthly confirmation, \(workers) workers, \(redraws) keys (1 = unchanged): render median "
                    + "\(format(times.median.milliseconds, decimals: 3)) ms, p99 \(format(times.p99.milliseconds, decimals: 3)) ms "
                    + "(goal < 2 ms); \(changed / redraws) cells changed per key"]
    }
}
