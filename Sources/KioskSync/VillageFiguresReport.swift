import Foundation
import KioskDomain
import KioskStore
import SyncProtocol

/// The figures a kiosk reports to the county page at each sync, computed by the store's own rules: coverage by
/// `CoverageRule` (the rosters' count), the task list by `AnnexTaskList` from the year's evidence (coverage judged
/// against the target of the policy table in force for the village, when the sender was given the tables), and the
/// outbox.
enum VillageFiguresReport {
    static func compute(store: KioskStore, clock: KioskClock, policies: PolicyBook?) throws(SyncFailure) -> VillageFigures {
        let today = clock.today
        do {
            let coverage = try store.coverage(villageCode: store.villageCode, on: today)
            let target = try policies?.table(region: CountyCode(village: store.villageCode).value, on: today).coverageTargetPerMille
            let items = AnnexTaskList.items(try store.taskListEvidence(year: today.year, on: today), coverageTargetPerMille: target)
            let judged = items.filter { $0.standing == .met || $0.standing == .notMet }
            return VillageFigures(villageCode: store.villageCode, computedAt: Timestamp.text(clock.now()),
                                  adults: coverage.adults, insured: coverage.insured, taskItemsJudged: judged.count,
                                  taskItemsMet: judged.filter { $0.standing == .met }.count,
                                  waiting: try store.outbox.pendingCount())
        } catch {
            throw .store("the village figures could not be computed: \(error)")
        }
    }
}
