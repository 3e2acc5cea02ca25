import Foundation
import Testing
import KioskAssets
import KioskDomain
@testable import KioskStore

/// The demo village's employment data, seeded for any day: long-term unemployed, 10 wishes for a trade, open jobs,
/// last month's records entered by the 5th (or not yet due), and no record entered after the day seeded for.
struct EmploymentDemoTests {
    let folder = KioskAssets.url("demo/village")

    @Test(arguments: DemoVillageTests.days + [CivilDate(iso: "2027-09-05")!, CivilDate(iso: "2026-12-06")!])
    func theDemoVillageHasEmploymentWorkToShowOnAnyDay(today: CivilDate) throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: DemoVillageTests.morning(today))
        let history = try store.labourForceHistory()
        // Every record belongs to a seeded person (ID numbers moved with their birth dates).
        let people = Set(try store.people(villageCode: village.villageCode).map(\.id))
        #expect(!history.people.isEmpty && history.people.isSubset(of: people))
        // The latest month recorded is the one before the month whose records are being collected or just entered.
        let months = history.people.compactMap { history.latest($0, onOrBefore: CalendarMonth(today))?.month }
        let latest = try #require(months.max())
        #expect(latest == CalendarMonth(today).previous || latest == CalendarMonth(today).adding(months: -2))
        #expect(LongTermUnemployedRule.list(in: latest, history: history).count >= 5)
        // No record was entered after today.
        let entered = try store.labourForceFirstEntered(latest).values
        #expect(entered.allSatisfy { $0 <= today })
        #expect(TrainingClassRule.classRequests(try store.trainingWishes()).map(\.trade) == ["电工"])
        #expect(try store.openJobs(on: today).count >= 10)
        let seekers = try store.jobSeekers()
        #expect(seekers.count >= 15 && seekers.contains { !$0.isComplete })
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func onTheReferenceDayOctobersRecordsShowLateAndMissingEntries() throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: DemoVillageTests.morning(village.referenceDate))
        let status = try store.labourForceDeadline(CalendarMonth(iso: "2026-10")!, on: village.referenceDate)
        #expect(status.dueDay == CivilDate(iso: "2026-11-05"))
        #expect(!status.missing.isEmpty && status.isOverdue && status.enteredLate > 0 && status.enteredOnTime > 100)
    }
}
