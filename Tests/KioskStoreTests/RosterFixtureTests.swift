import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Every roster count against the hand-checked fixture village (see `FixtureVillage` for the people).
struct RosterFixtureTests {
    typealias V = FixtureVillage

    func roster() throws -> VillageRoster {
        let store = try KioskStore.inMemory(villageCode: StoreFixtures.village)
        try V.seed(store)
        return try store.roster(villageCode: StoreFixtures.village, on: V.day, policy: V.policy)
    }

    func keys(_ entries: [RosterEntry]) -> [String] {
        entries.map { String($0.person.name.dropFirst(2)) }
    }

    @Test func adultsAreSeventeen() throws {
        // 20 people minus g (full-time student), h (16 only tomorrow) and n (died before the day);
        // i (16 today) and t (dies after the day) count.
        let r = try roster()
        #expect(r.coverage.adults == 17)
    }

    @Test func twelveInsuredAdults() throws {
        // a b c (paying or suspended), f (employees' scheme), j k l m (pensioners), o p q (paying), t (alive on the day).
        #expect(keys(try roster().insuredAdults).sorted() == ["a", "b", "c", "f", "j", "k", "l", "m", "o", "p", "q", "t"])
    }

    @Test func fiveUninsuredAdults() throws {
        // d e i r never enrolled; s terminated (settled elsewhere) is in no scheme.
        #expect(keys(try roster().uninsuredAdults) == ["d", "e", "i", "r", "s"])
    }

    @Test func coverageIsTwelveOfSeventeenAndFiveShortOfTheTarget() throws {
        let coverage = try roster().coverage
        // 12 / 17 = 70.59 %; 95 % of 17 = 16.15, so 17 insured are needed: 5 more.
        #expect(coverage.perMille == 705 && coverage.percentText == "70.5%")
        #expect(try roster().coverageTargetPerMille == 950, "the table's target, 95 %")
        #expect(try !roster().meetsCoverageTarget && roster().shortOfCoverageTarget == 5)
        #expect(coverage.meets(targetPerMille: 700) && coverage.short(ofTargetPerMille: 700) == 0)
    }

    @Test func mobilisationListIsTheUninsuredWithAPhone() throws {
        // d, i and r have phones; e and s do not.
        #expect(keys(try roster().mobilisation) == ["d", "i", "r"])
    }

    @Test func certificationDueAndOverdue() throws {
        let r = try roster()
        // Due: j (2026-08-01, inside the window to 2026-09-13); k (2026-12-01) is outside it.
        #expect(keys(r.certificationDue) == ["j"])
        // Overdue: m (suspended, due 2026-03-10) then l (due 2026-06-01); n died and is left out.
        #expect(keys(r.certificationOverdue) == ["m", "l"])
    }

    @Test func homeVisitListIsDueOrOverduePensionersWhoCannotWalk() throws {
        // Flagged: j, k, l, n. k is not due, n has died: l (overdue) then j (due).
        #expect(keys(try roster().homeVisits) == ["l", "j"])
    }

    @Test func approachingPensionAgeWithTooFewYears() throws {
        // o: 60 on 2026-09-01 with 10 of 14 required years (pension age 14 years after the 2012 scheme start).
        // r: 60 on 2027-06-15, exactly 12 months on, 0 of 15 years.
        // p has 14 of the 14 required; q reaches 60 after the 12 months.
        #expect(keys(try roster().approachingPensionAge) == ["o", "r"])
    }

    @Test func theHomeVisitFlagSurvivesARegistrationUpdate() throws {
        let store = try KioskStore.inMemory(villageCode: StoreFixtures.village)
        try V.seed(store)
        var person = try #require(try store.person(V.id("j")))
        person.address = "那料屯 5 号"
        try store.record(.registration(person), actor: .selfService, at: StoreFixtures.instant("2026-06-15"))
        let entry = try store.rosterEntries(villageCode: StoreFixtures.village).first { $0.person.id == V.id("j") }
        #expect(entry?.needsHomeVisit == true && entry?.person.address == "那料屯 5 号")
    }
}
