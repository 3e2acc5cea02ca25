import Foundation
import GRDB
import KioskAssets
import KioskDomain
import KioskStore
import SyncProtocol

/// A kiosk store with the demo village, a coordinator, clocks and records to send, for sync tests.
enum SyncFixtures {
    static let village = "450124100210"
    static let county = "450124"
    /// 2026-11-30 12:00 in China: the demo village's own day, so seeding moves no date.
    static let instant = Date(timeIntervalSince1970: 1_796_011_200)
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let clock = KioskClock.fixed(instant, timeZone: zone)
    static let coordinator = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    /// A store holding the demo village.
    static func store() throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: village)
        try DemoVillage.seed(into: store, from: KioskAssets.url("demo/village"), at: instant)
        return store
    }

    /// Enrols a new person (not in the demo village) and returns the receipt number.
    @discardableResult
    static func enrol(_ store: KioskStore, sequence: Int) throws -> String {
        let born = CivilDate(iso: "1990-03-01")!
        let first17 = county + born.compact + String(format: "%03d", sequence)
        let id = try IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
        let person = Person(id: id, name: "蓝\(sequence)", nationCode: "08", villageCode: village)
        let book = try PolicyBook(folder: KioskAssets.url("policy"))
        let policy = try book.table(region: county, on: clock.today)
        let decision = try EnrolmentDecision.decide(
            person: person, account: .notEnrolled(id), history: ServiceHistory(), policy: policy,
            request: EnrolmentRequest(tierYuan: 300), serviceCounty: county, today: clock.today).decision.unwrapped()
        return try store.record(.enrolment(decision), actor: .selfService, at: instant).number
    }

    /// Reports the death of a demo villager drawing a pension: a pending act for the county.
    static func reportDeath(_ store: KioskStore) throws -> Receipt {
        let id = try store.database.read { db in
            try String.fetchOne(db, sql: "SELECT person_id FROM accounts WHERE status = 'receivingPension' ORDER BY person_id LIMIT 1")
        }.unwrapped()
        return try store.reportDeath(of: try IDNumber(id), diedOn: CivilDate(iso: "2026-11-20")!, source: .relative,
                                     evidence: ActEvidence(kind: .deathCertificate, documentNumber: "450124-2026-0118"), actor: coordinator, at: instant)
    }
}

/// A missing value in a fixture.
struct MissingFixture: Error {}

extension Optional {
    func unwrapped() throws -> Wrapped {
        guard let self else { throw MissingFixture() }
        return self
    }
}
