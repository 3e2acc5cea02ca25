import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import Testing
@testable import KioskServices

/// The county's policy tables, once stored, decide at the desks without a restart; the shipped ones stay for the rest.
struct CountyPolicyTablesDeskTests {
    @Test("a villager's file takes the county's table in force for the county as soon as it is stored")
    func theDeskUsesTheCountysTable() throws {
        let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_011_200), timeZone: KioskStore.chinaTime)
        let (desk, store) = try DeskClockTests.desk(clock)
        let person = Person(id: try IDNumber("45012419900101123X"), name: "测试", villageCode: store.villageCode)
        let holder = CardHolder(idNumber: person.id.value, name: person.name, cardKind: .socialSecurityCard)
        #expect(try desk.file(for: holder, at: clock.now()).policy.name == "guangxi-2026")
        var table = try StoreOpening.policies().table(region: "450124", on: clock.today)
        table.name = "wuming-2026-11"
        table.region = "450124"
        table.effectiveFrom = CivilDate(iso: "2026-11-01")!
        table.basicPensionYuanPerMonth = 183
        let json = "[" + String(decoding: try JSONEncoder().encode(table), as: UTF8.self) + "]"
        #expect(try store.applyCountyPolicyTables(json: json, version: 1, at: clock.now()) == 1)
        let file = try desk.file(for: holder, at: clock.now())
        #expect(file.policy.name == "wuming-2026-11" && file.policy.basicPensionYuanPerMonth == 183)
        #expect(file.policies.tables.count == (try StoreOpening.policies()).tables.count + 1, "the shipped tables stay")
        #expect(try StoreOpening.policies(for: store).table(region: "450124", on: clock.today).name == "wuming-2026-11")
    }
}
