import Foundation
import Testing
import KioskAssets
import KioskDomain
@testable import KioskStore

struct DemoVillageTests {
    let folder = KioskAssets.url("demo/village")

    @Test func theDemoVillageSeedsWithEveryCategoryTheServicesMeet() throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        let result = try DemoVillage.seed(into: store, from: folder, at: Date(timeIntervalSince1970: 1_764_000_000))
        #expect((280...320).contains(result.people))
        #expect(result.contributions > 1000)
        let today = village.referenceDate
        let people = try store.people(villageCode: village.villageCode)
        let ages = people.map { $0.age(on: today) }
        #expect(ages.min()! >= 10 && ages.max()! <= 95)
        #expect(people.contains { $0.nationCode == "08" } && people.contains { $0.nationCode == "01" })
        #expect(people.filter { $0.cardUID != nil }.count >= 3)
        var statuses: [AccountStatus: Int] = [:]
        for person in people { statuses[try store.account(person.id).status, default: 0] += 1 }
        for status in AccountStatus.allCases { #expect(statuses[status, default: 0] > 0, "\(status)") }
        #expect(try store.uninsuredAdults(villageCode: village.villageCode, on: today).count >= 20)
        let coverage = try store.coverage(villageCode: village.villageCode, on: today)
        #expect(coverage.perMille > 700 && coverage.perMille < 950)
        let due = try store.certificationsDue(by: today.adding(days: 90))
        #expect(due.contains { $0.certifiedUntil! < today } && due.contains { $0.certifiedUntil! == today })
        #expect(try store.verifyAudit().isIntact)
    }

    @Test func peopleNearSixtyAreShortOfTheirYears() throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: Date())
        let book = try PolicyBook(folder: KioskAssets.url("policy"))
        let policy = try book.table(region: village.countyCode, on: village.referenceDate)
        let short = try store.people(villageCode: village.villageCode).filter { person in
            let age = person.age(on: village.referenceDate)
            guard (55...59).contains(age) else { return false }
            return BackPaymentPlan.assess(person: person, history: try store.history(person.id), policy: policy,
                                          on: village.referenceDate).isShort
        }
        #expect(short.count >= 5)
    }

    @Test func seedingTwiceLeavesTheFirstSeedAlone() throws {
        let store = try KioskStore.inMemory(villageCode: "450124100210")
        try DemoVillage.seed(into: store, from: folder, at: Date())
        let again = try DemoVillage.seed(into: store, from: folder, at: Date())
        #expect(again.skipped)
    }
}
