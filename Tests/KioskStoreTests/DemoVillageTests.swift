import Foundation
import Testing
import KioskAssets
import KioskDomain
@testable import KioskStore

/// The demo village, seeded for the day the demo plays: the same people are due, overdue, turning 60 and
/// behind with payments on any day, including month and year ends and a 29 February.
struct DemoVillageTests {
    let folder = KioskAssets.url("demo/village")

    /// 09:00 in China on `day`.
    static func morning(_ day: CivilDate) -> Date {
        KioskClock.fixed(Date(timeIntervalSince1970: 0), timeZone: KioskStore.chinaTime).instant(on: day, hour: 9)
    }

    static let days = ["2026-11-30", "2026-12-01", "2026-12-31", "2027-01-01", "2027-01-05", "2027-03-01", "2028-02-29",
                       "2031-07-15"].map { CivilDate(iso: $0)! }

    @Test(arguments: days)
    func theDemoVillageSeedsWithEveryCategoryTheServicesMeetOnAnyDay(today: CivilDate) throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        let result = try DemoVillage.seed(into: store, from: folder, at: Self.morning(today))
        #expect((280...320).contains(result.people))
        #expect(result.contributions > 1000)
        #expect(try DemoVillage.seededDay(in: store) == today)
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

    @Test(arguments: days)
    func theDemoCardHoldersKeepTheirStandingOnAnyDay(today: CivilDate) throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: Self.morning(today))
        let shift = DemoDayShift(from: village.referenceDate, to: today)
        let people = try store.people(villageCode: village.villageCode)
        func person(_ name: String, _ idAtReference: String) throws -> Person {
            let id = shift.idNumber(try IDNumber(idAtReference))
            return try #require(people.first { $0.id == id && $0.name == name }, "\(name) as \(id.value)")
        }
        // 韦秀英: a pensioner whose certification is due today.
        let pensioner = try person("韦秀英", "450124194906293304")
        #expect(try store.account(pensioner.id).certifiedUntil == today)
        #expect(pensioner.age(on: today) == 77)
        // 梁天佑: an uninsured adult of 24.
        let uninsured = try person("梁天佑", "450124200207038177")
        #expect(try store.account(uninsured.id).status == .notEnrolled && uninsured.age(on: today) == 24)
        // 莫翠兰 (paying): this year not yet paid, last year paid.
        let behind = try person("莫翠兰", "450124199106043529")
        let years = try store.history(behind.id).contributions.map(\.year)
        #expect(!years.contains(today.year) && years.contains(today.year - 1))
    }

    @Test func aShiftMovesBirthDatesInsideIDNumbersAndKeepsThemValid() throws {
        let shift = DemoDayShift(from: CivilDate(iso: "2026-11-30")!, to: CivilDate(iso: "2028-02-29")!)
        #expect(shift.days == 456 && shift.years == 2)
        let moved = shift.idNumber(try IDNumber("450124194906293304"))
        #expect(moved.birthDate == CivilDate(iso: "1950-09-28")!)
        #expect(moved.regionCode == "450124" && moved.sex == .female)
        #expect(try IDNumber(moved.value) == moved)
        #expect(DemoDayShift(from: CivilDate(iso: "2026-11-30")!, to: CivilDate(iso: "2026-11-30")!) == .none)
    }

    @Test func peopleNearSixtyAreShortOfTheirYears() throws {
        let village = try DemoVillage.description(from: folder)
        let store = try KioskStore.inMemory(villageCode: village.villageCode)
        try DemoVillage.seed(into: store, from: folder, at: Self.morning(village.referenceDate))
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
        let day = CivilDate(iso: "2027-01-01")!
        try DemoVillage.seed(into: store, from: folder, at: Self.morning(day))
        let again = try DemoVillage.seed(into: store, from: folder, at: Self.morning(day.adding(days: 3)))
        #expect(again.skipped)
        #expect(try DemoVillage.seededDay(in: store) == day)
    }
}
