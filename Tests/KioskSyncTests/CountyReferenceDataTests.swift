import Foundation
import GRDB
import HubServer
import KioskDomain
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

/// The county's policy tables, ID card list and coordinator accounts reach the kiosk through its sync, are applied
/// once with audit entries, and a changed job posting is updated in place.
struct CountyReferenceDataTests {
    typealias F = SyncFixtures

    /// Guangxi's 2026 table as Wuming's own from 2026-11-01 with a basic pension of `basic` yuan, as a one-table set.
    static func policySet(basic: Int = 183) throws -> String {
        var table = try HubPolicies.shipped.tables.first { $0.name == "guangxi-2026" }.unwrapped()
        table.name = "wuming-2026-11"
        table.region = "450124"
        table.effectiveFrom = CivilDate(iso: "2026-11-01")!
        table.basicPensionYuanPerMonth = basic
        return "[" + String(decoding: try JSONEncoder().encode(table), as: UTF8.self) + "]"
    }

    static func audited(_ store: KioskStore, _ action: String) throws -> Int {
        try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_entries WHERE action = ?", arguments: [action]) ?? 0
        }
    }

    /// Runs `body` against a hub with kiosk K1 and a sender of `store`'s outbox; the client and hub are shut down
    /// whatever the body throws.
    static func withHub(_ store: KioskStore, _ body: (RunningHub, OutboxSender) async throws -> Void) async throws {
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        let outcome: Result<Void, any Error>
        do {
            try await body(hub, sender)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await client.shutdown()
        await hub.stop()
        try outcome.get()
    }

    /// Publishes `content` as `kind`'s next version, syncs once, and returns the sets the sync applied.
    static func publishAndSync(_ kind: ReferenceKind, _ content: String, hub: RunningHub, sender: OutboxSender) async throws -> Int {
        _ = try await ReferencePublishing.publish(kind, content: content, officer: "韦科长", into: hub.storage, at: F.instant)
        return try await sender.syncOnce().referenceSetsApplied
    }

    @Test("the county's policy table is stored and becomes the table in force for the kiosk's county; shipped ones stay")
    func policyTablesReachTheKiosk() async throws {
        let store = try F.store()
        var applied = 0, sets: [ReferenceSet] = []
        try await Self.withHub(store) { hub, sender in
            applied = try await Self.publishAndSync(.policyTables, try Self.policySet(), hub: hub, sender: sender)
            sets = try await hub.storage.referenceSets(newerThan: [:])
        }
        #expect(applied == 1)
        #expect(try store.countyPolicyTables().map(\.name) == ["wuming-2026-11"])
        let book = store.policyBook(shipped: HubPolicies.shipped)
        #expect(try book.table(region: "450124100210", on: F.clock.today).basicPensionYuanPerMonth == 183)
        #expect(try book.table(region: "450124100210", on: CivilDate(iso: "2025-06-01")!).name == "guangxi-2025")
        #expect(try book.table(region: "450321", on: F.clock.today).name == "guangxi-2026", "another county: the shipped table")
        #expect(try Self.audited(store, "countyPolicyTablesApplied") == 1)
        _ = try ReferenceApplier(store: store, clock: F.clock).apply(sets)
        #expect(try Self.audited(store, "countyPolicyTablesApplied") == 1, "the same set again changes nothing")
        #expect(try store.referenceVersions().map(\.kind) == ["policyTables"])
    }

    @Test("a set the loader refuses is refused at the kiosk too, and nothing of it is stored")
    func aBadPolicySetIsRefusedAtTheKiosk() throws {
        let store = try F.store()
        let content = try Self.policySet(basic: 183).replacingOccurrences(of: "\"personalAccountDivisor\":139",
                                                                           with: "\"personalAccountDivisor\":0")
        #expect(content.contains("\"personalAccountDivisor\":0"))
        let set = ReferenceSet(kind: .policyTables, version: 1, publishedAt: "2026-11-30T04:00:00.000Z",
                               digest: ReferenceSet.digest(of: content), content: content)
        #expect(throws: SyncFailure.self) { try ReferenceApplier(store: store, clock: F.clock).apply([set]) }
        #expect(try store.countyPolicyTables().isEmpty && store.referenceVersions().isEmpty)
    }

    @Test("the ID card list registers and revokes this village's cards once, never taking a card another villager holds")
    func idCardRegistrations() async throws {
        let store = try F.store()
        let people = try store.people(villageCode: F.village)
        let villager = try people.first { $0.cardUID == nil && $0.diedOn == nil }.unwrapped()
        let holder = try people.first { $0.cardUID == "04A1B2C3" }.unwrapped()
        let keeper = try people.first { $0.cardUID == "04C0FFEE" }.unwrapped()
        let other = try people.first { $0.cardUID == nil && $0.id != villager.id }.unwrapped()
        let list = ["id_number,card_uid,status", "\(villager.id.value),04aabbcc,registered",
                    "\(holder.id.value),04A1B2C3,revoked", "\(try ReferenceDataTests.stranger()),04999999,registered",
                    "\(other.id.value),04C0FFEE,registered"].joined(separator: "\n") + "\n"
        var progress: SyncProgress?, sets: [ReferenceSet] = []
        try await Self.withHub(store) { hub, sender in
            _ = try await ReferencePublishing.publish(.idCardRegistrations, content: list, officer: "韦科长", into: hub.storage,
                                                      at: F.instant)
            progress = try await sender.syncOnce()
            sets = try await hub.storage.referenceSets(newerThan: [:])
        }
        #expect(progress?.referenceSetsApplied == 1)
        // The clashing row is reported for the technicians' log, with its set, line and reason.
        #expect(progress?.skippedReferenceRows == ["idCardRegistrations version 1, line 5: card_uid is held by another villager here"])
        #expect(try store.person(cardUID: "04AABBCC")?.id == villager.id)
        #expect(try store.person(holder.id)?.cardUID == nil, "revoked")
        #expect(try store.person(cardUID: "04C0FFEE")?.id == keeper.id, "a card held here is not taken")
        #expect(try store.person(cardUID: "04999999") == nil, "a stranger's row is not this kiosk's")
        #expect(try Self.audited(store, "idCardRegistered") == 1 && Self.audited(store, "idCardRevoked") == 1)
        _ = try ReferenceApplier(store: store, clock: F.clock).apply(sets)
        #expect(try Self.audited(store, "idCardRegistered") == 1 && Self.audited(store, "idCardRevoked") == 1)
        #expect(try store.referenceVersions().first?.rowsApplied == 2)
    }

    static let header = "coordinator_id,name,id_number,card_number,village_code,role,status,pin_hash,pin_salt,pin_iterations,reset_id"

    static func row(_ id: String, _ idNumber: String, card: String, village: String = SyncFixtures.village,
                    role: CoordinatorRole = .villageCoordinator, status: String = "active", pin: PINHash,
                    reset: String = "") -> String {
        "\(id),黄某,\(idNumber),\(card),\(village),\(role.rawValue),\(status),\(pin.hash),\(pin.salt),\(pin.iterations),\(reset)"
    }

    static func idNumber(_ sequence: Int) -> String {
        let first17 = F.county + "19800101" + String(format: "%03d", sequence)
        return first17 + String(IDNumber.checkCharacter(for: Array(first17)))
    }

    @Test("a coordinator added by the county can log in; a lockout reset clears the lock once; a disabled account goes")
    func coordinatorAccountsAndLockoutResets() async throws {
        let store = try F.store()
        let first = try CoordinatorPIN("246810"), second = try CoordinatorPIN("135790"), wrong = try CoordinatorPIN("000001")
        let firstHash = PINHashing.hash(first, iterations: 100_000), secondHash = PINHashing.hash(second, iterations: 100_000)
        let one = [Self.header, Self.row("XG-NEW", Self.idNumber(501), card: "GX9001", pin: firstHash),
                   Self.row("XG-OTHER", Self.idNumber(502), card: "GX9002", village: "450124100299", pin: firstHash),
                   Self.row("JS-450124", Self.idNumber(503), card: "GX9003", village: "450124000000", role: .countyTechnician,
                            pin: firstHash)].joined(separator: "\n")
        let two = [Self.header, Self.row("XG-NEW", Self.idNumber(501), card: "GX9001", pin: secondHash, reset: "R-2026-0001"),
                   Self.row("JS-450124", Self.idNumber(503), card: "GX9003", village: "450124000000", role: .countyTechnician,
                            status: "disabled", pin: firstHash)].joined(separator: "\n")
        try await Self.withHub(store) { hub, sender in
            #expect(try await Self.publishAndSync(.coordinatorAccounts, one, hub: hub, sender: sender) == 1)
            let ids = try store.coordinatorAccounts().map(\.coordinator.id)
            #expect(ids.contains("XG-NEW") && ids.contains("JS-450124") && !ids.contains("XG-OTHER"))
            #expect(try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: first, at: F.instant) != .refused(.unknownCard))
            for _ in 0..<PinLockout.maximumAttempts { _ = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: wrong, at: F.instant) }
            if case .refused(.locked) = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: first, at: F.instant) {} else {
                Issue.record("five wrong PINs lock the coordinator")
            }
            #expect(try await Self.publishAndSync(.coordinatorAccounts, two, hub: hub, sender: sender) == 1)
            if case .accepted(let coordinator) = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: second, at: F.instant) {
                #expect(coordinator.id == "XG-NEW")
            } else {
                Issue.record("the county's reset clears the lock and sets the PIN it gave")
            }
            #expect(try !store.coordinatorAccounts().map(\.coordinator.id).contains("JS-450124"), "disabled by the county")
            for _ in 0..<PinLockout.maximumAttempts { _ = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: wrong, at: F.instant) }
            #expect(try await Self.publishAndSync(.coordinatorAccounts, two, hub: hub, sender: sender) == 1,
                    "the same list as a new version")
        }
        if case .refused(.locked) = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: second, at: F.instant) {} else {
            Issue.record("a reset is applied once: the new lock stays")
        }
        #expect(try Self.audited(store, "coordinatorLockoutReset") == 1)
        #expect(try Self.audited(store, "coordinatorDisabled") == 1)
        #expect(try Self.audited(store, "coordinatorAdded") == 2)
    }

    @Test("a held coordinator's replaced card and new name are taken with the PIN and lockout kept; a move away removes the account")
    func aHeldCoordinatorsChangedRowIsApplied() throws {
        let store = try F.store()
        let pin = try CoordinatorPIN("246810"), wrong = try CoordinatorPIN("000001")
        let hash = PINHashing.hash(pin, iterations: 100_000)
        let first = [Self.header, Self.row("XG-NEW", Self.idNumber(501), card: "GX9001", pin: hash),
                     Self.row("XG-TWO", Self.idNumber(502), card: "GX9002", pin: hash)].joined(separator: "\n")
        #expect(try store.applyCountyCoordinators(csv: first, at: F.instant).imported == 2)
        _ = try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: wrong, at: F.instant)

        // The card was lost and replaced, and the name corrected.
        let second = [Self.header, Self.row("XG-NEW", Self.idNumber(501), card: "GX9101", pin: hash)
            .replacingOccurrences(of: "黄某", with: "黄丽")].joined(separator: "\n")
        let report = try store.applyCountyCoordinators(csv: second, at: F.instant)
        #expect(report.imported == 1 && report.problems.isEmpty)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX9001", pin: pin, at: F.instant) == .refused(.unknownCard),
                "the replaced card no longer logs in")
        let account = try #require(try store.coordinatorAccounts().first { $0.coordinator.id == "XG-NEW" })
        #expect(account.coordinator.name == "黄丽" && account.coordinator.cardNumber == "GX9101")
        #expect(account.lockout.failedAttempts == 1, "the lockout is kept")
        if case .accepted(let coordinator) = try store.checkCoordinatorLogin(cardNumber: "GX9101", pin: pin, at: F.instant) {
            #expect(coordinator.id == "XG-NEW" && coordinator.name == "黄丽")
        } else {
            Issue.record("the new card logs in with the PIN already held")
        }
        #expect(try store.applyCountyCoordinators(csv: second, at: F.instant).imported == 0, "the same rows again change nothing")
        #expect(try Self.audited(store, "coordinatorUpdated") == 1)
        // A later list gives the other coordinator the card the first one now holds: reported, nothing changed.
        let clashing = [Self.header, Self.row("XG-TWO", Self.idNumber(502), card: "GX9101", pin: hash)].joined(separator: "\n")
        let refused = try store.applyCountyCoordinators(csv: clashing, at: F.instant)
        #expect(refused.imported == 0)
        #expect(refused.problems == [CSVRowProblem(line: 2, reason: "another coordinator here has this card or ID number")])
        #expect(try store.coordinatorAccounts().first { $0.coordinator.id == "XG-TWO" }?.coordinator.cardNumber == "GX9002")

        let moved = [Self.header, Self.row("XG-TWO", Self.idNumber(502), card: "GX9002", village: "450124100299", pin: hash)]
            .joined(separator: "\n")
        #expect(try store.applyCountyCoordinators(csv: moved, at: F.instant).imported == 1)
        #expect(try store.checkCoordinatorLogin(cardNumber: "GX9002", pin: pin, at: F.instant) == .refused(.unknownCard))
        #expect(try Self.audited(store, "coordinatorDisabled") == 1)
    }

    @Test("a newer jobs version that changes a held posting updates it in place, once, and adds the new ones")
    func aChangedPostingIsUpdated() async throws {
        let store = try F.store()
        let header = ReferenceDataTests.jobsHeader
        let v1 = header + "\nCTY-1,南宁某厂,装配工,6-29,C,prefecture,3000,4000,5,0771-1,2026-11-01,2026-12-31\n"
        let v2 = header + "\nCTY-1,南宁某厂,装配工,6-29,C,prefecture,3500,4500,8,0771-1,2026-11-01,2027-01-31\n"
            + "CTY-2,南宁某厂,质检员,6-29,C,prefecture,3000,4000,2,0771-1,2026-11-01,2026-12-31\n"
        var afterTwo: HeldReference?
        try await Self.withHub(store) { hub, sender in
            _ = try await Self.publishAndSync(.upperOfficeJobs, v1, hub: hub, sender: sender)
            _ = try await Self.publishAndSync(.upperOfficeJobs, v2, hub: hub, sender: sender)
            afterTwo = try store.referenceVersions().first { $0.kind == "upperOfficeJobs" }
            _ = try await Self.publishAndSync(.upperOfficeJobs, v2, hub: hub, sender: sender)
        }
        let held = try store.jobs().filter { $0.id == "CTY-1" }
        #expect(held.count == 1, "updated, not duplicated")
        #expect(held.first?.wageMin == 3500 && held.first?.headcount == 8 && held.first?.validUntil == CivilDate(iso: "2027-01-31"))
        #expect(afterTwo?.rowsApplied == 2, "one updated, one added")
        #expect(try store.referenceVersions().first { $0.kind == "upperOfficeJobs" }?.rowsApplied == 0,
                "the same postings again change nothing")
        #expect(try Self.audited(store, "jobUpdated") == 1)
    }
}
