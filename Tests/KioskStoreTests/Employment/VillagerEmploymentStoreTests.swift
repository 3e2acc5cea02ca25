import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// The villager's own job-seeker registration and training wish, recorded as business events: one transaction with a
/// receipt, an audit entry and an outbox entry; the profile keeps its status; a wish is kept once.
struct VillagerEmploymentStoreTests {
    typealias F = StoreFixtures

    static func profile(_ person: Person, status: EmploymentStatus? = .unemployedWantingWork, wage: Int? = 4000) -> JobSeekerProfile {
        JobSeekerProfile(personID: person.id, name: person.name, farthestPlace: .ownCounty, occupations: [OccupationCode(majorGroup: 6)!],
                         industries: [.C], trade: "电工", expectedWage: wage, registeredOn: F.day("2026-11-30"), status: status)
    }

    @Test("A job-seeker registration is stored with its status as the person's latest profile, with a receipt, audit and outbox entry")
    func registrationIsABusinessEvent() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1, born: "1988-04-02")
        try store.record(.registration(person), actor: .selfService, at: F.instant("2026-11-29"))
        let outboxBefore = try store.outbox.pendingCount()
        let receipt = try store.record(.jobSeekerRegistration(Self.profile(person)), actor: .selfService, at: F.instant("2026-11-30"))
        #expect(receipt.service == .jobSeekerRegistration)
        #expect(receipt.summary["farthestPlace"] == "county" && receipt.summary["complete"] == "yes")
        #expect(try store.receipts(for: person.id).first?.number == receipt.number)
        #expect(try store.auditEntries(for: person.id).map(\.action).last == "jobSeekerRegistration")
        #expect(try store.outbox.pendingCount() == outboxBefore + 1)
        #expect(try store.outbox.pending().last?.kind == "jobSeekerRegistration")
        #expect(try store.outbox.pending().last?.payload.contains("\"jobSeeker\"") == true)
        let stored = try #require(try store.jobSeeker(person.id))
        #expect(stored.status == .unemployedWantingWork && stored.trade == "电工" && stored.expectedWage == 4000)
        #expect(stored.occupations == [OccupationCode(majorGroup: 6)!] && stored.industries == [.C] && stored.farthestPlace == .ownCounty)

        // Changed wishes are a new row; the latest is in force.
        try store.record(.jobSeekerRegistration(Self.profile(person, status: .employed, wage: nil)), actor: .selfService,
                         at: F.instant("2026-11-30", hour: 15))
        let changed = try #require(try store.jobSeeker(person.id))
        #expect(changed.status == .employed && changed.expectedWage == nil)
        #expect(try store.jobSeekers().count == 1)
    }

    @Test("A training wish is stored once however often it is registered, each registration with its receipt")
    func trainingWishOnce() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(2, born: "1990-07-07")
        try store.record(.registration(person), actor: .selfService, at: F.instant("2026-11-29"))
        let wish = TrainingWish(personID: person.id, trade: " 电工 ", registeredOn: F.day("2026-11-30"))
        let first = try store.record(.trainingWish(wish), actor: .selfService, at: F.instant("2026-11-30"))
        let second = try store.record(.trainingWish(wish), actor: .selfService, at: F.instant("2026-11-30", hour: 14))
        #expect(first.number != second.number && first.summary["trade"] == "电工")
        #expect(try store.trainingTrades(person.id) == ["电工"])
        #expect(try store.trainingWishes().count == 1)
    }

    @Test("A registration for a person the kiosk does not hold is refused and writes nothing")
    func unknownPersonWritesNothing() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let stranger = F.person(3, born: "1992-01-01")
        #expect(throws: StoreError.self) {
            try store.record(.jobSeekerRegistration(Self.profile(stranger)), actor: .selfService, at: F.instant("2026-11-30"))
        }
        #expect(try store.jobSeekers().isEmpty)
        #expect(try store.outbox.pendingCount() == 0)
        #expect(try store.receipts(for: stranger.id).isEmpty)
    }
}
