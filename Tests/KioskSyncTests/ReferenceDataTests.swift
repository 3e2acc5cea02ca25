import Foundation
import GRDB
import HubServer
import KioskDomain
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

/// Reference data down: the county publishes versioned sets, a kiosk fetches after sending only the sets whose
/// version changed, applies them through its own importers and records the versions, audited.
struct ReferenceDataTests {
    typealias F = SyncFixtures

    static let jobsHeader = "id,employer,title,occupation,industry,place,wage_min,wage_max,headcount,contact,posted_on,valid_until"
    static func jobs(_ ids: [String]) -> String {
        ([jobsHeader] + ids.map { "\($0),南宁某厂,装配工,6-29,C,prefecture,3000,4000,5,0771-1,2026-11-01,2026-12-31" })
            .joined(separator: "\n") + "\n"
    }

    /// A valid ID number of someone not in the demo village.
    static func stranger() throws -> String {
        let first17 = F.county + "19900301" + "999"
        return first17 + String(IDNumber.checkCharacter(for: Array(first17)))
    }

    static func villager(_ store: KioskStore) throws -> Person {
        try store.people(villageCode: F.village).first { $0.diedOn == nil }.unwrapped()
    }

    @Test("a sync applies the published sets once, keeps only this village's non-payers, and records the versions")
    func aSyncAppliesPublishedSetsOnce() async throws {
        let store = try F.store()
        let (hub, key) = try await RunningHub.withKiosk()
        let villager = try Self.villager(store)
        let nonPayers = "id_number,name,year,amount_due_yuan\n\(villager.id.value),\(villager.name),2026,300.00\n"
            + "\(try Self.stranger()),外村人,2026,300.00\n"
        _ = try await ReferencePublishing.publish(.upperOfficeJobs, content: Self.jobs(["CTY-1", "CTY-2"]), officer: "韦科长",
                                                  into: hub.storage, at: F.instant)
        _ = try await ReferencePublishing.publish(.taxNonPayers, content: nonPayers, officer: "韦科长", into: hub.storage,
                                                  at: F.instant)
        let (sender, client) = try hub.sender(store, key: key)
        let first = try await sender.syncOnce()
        let second = try await sender.syncOnce()
        _ = try await ReferencePublishing.publish(.upperOfficeJobs, content: Self.jobs(["CTY-1", "CTY-2", "CTY-3"]),
                                                  officer: "韦科长", into: hub.storage, at: F.instant)
        let third = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(first.referenceSetsApplied == 2)
        #expect(second.referenceSetsApplied == 0, "nothing changed, nothing fetched")
        #expect(third.referenceSetsApplied == 1, "only the kind whose version changed")
        #expect(try store.jobs().filter { $0.id.hasPrefix("CTY-") }.map(\.id).sorted() == ["CTY-1", "CTY-2", "CTY-3"])
        let listed = try await store.database.read { db in try String.fetchAll(db, sql: "SELECT id_number FROM non_payers") }
        #expect(listed == [villager.id.value], "the county-wide list is cut to this village's people")
        let held = try store.referenceVersions()
        #expect(held.map(\.kind) == ["taxNonPayers", "upperOfficeJobs"])
        #expect(held.map(\.version) == [1, 2])
        #expect(held.map(\.rowsApplied) == [1, 1], "version 2 added the one new posting")
        let audited = try await store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_entries WHERE action = 'referenceApplied'")
        }
        #expect(audited == 3)
    }

    @Test("a set whose content does not match its digest is refused and its version not recorded")
    func aTamperedSetIsRefused() throws {
        let store = try F.store()
        let applier = ReferenceApplier(store: store, clock: F.clock)
        let content = Self.jobs(["CTY-9"])
        var set = ReferenceSet(kind: .upperOfficeJobs, version: 1, publishedAt: "2026-11-30T04:00:00.000Z",
                               digest: ReferenceSet.digest(of: content), content: content)
        set.content = Self.jobs(["CTY-X"])
        #expect(throws: SyncFailure.self) { try applier.apply([set]) }
        #expect(try store.referenceVersions().isEmpty)
        #expect(try !store.jobs().contains { $0.id == "CTY-X" })
    }

    @Test("the holdings query names every kind in a fixed order and reads back; junk counts as nothing held")
    func holdingsQuery() {
        let query = ReferenceHoldings.query([.taxNonPayers: 4])
        #expect(query == "upperOfficeJobs:0,taxNonPayers:4,policyTables:0,idCardRegistrations:0,coordinatorAccounts:0")
        #expect(ReferenceHoldings.parse(query) == [.upperOfficeJobs: 0, .taxNonPayers: 4, .policyTables: 0,
                                                   .idCardRegistrations: 0, .coordinatorAccounts: 0])
        #expect(ReferenceHoldings.parse("nonsense,taxNonPayers:-1,upperOfficeJobs:x") == [:])
    }
}
