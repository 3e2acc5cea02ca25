import Foundation
@testable import HubServer
import KioskDomain
import SyncProtocol
import Testing

/// The three kinds published beside jobs and non-payers: policy tables, ID card registrations and coordinator accounts.
enum CountyReferenceFiles {
    /// Guangxi's 2026 table as a county table for 450124 from 2026-11-01 with another coverage target, as JSON.
    static func policyTable(targetPerMille: Int = 900, name: String = "wuming-2026-11", divisor: Int = 139) throws -> String {
        var table = try #require(HubPolicies.shipped.tables.first { $0.name == "guangxi-2026" })
        table.name = name
        table.personalAccountDivisor = divisor
        table.region = "450124"
        table.effectiveFrom = CivilDate(iso: "2026-11-01")!
        table.coverageTargetPerMille = targetPerMille
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(table), as: UTF8.self)
    }

    static func policySet(_ tables: [String]) -> String { "[\n" + tables.joined(separator: ",\n") + "\n]\n" }

    static let idCardHeader = "id_number,card_uid,status"
    static let coordinatorHeader = "coordinator_id,name,id_number,card_number,village_code,role,status,pin_hash,pin_salt,pin_iterations,reset_id"
    static let hash = String(repeating: "ab", count: 32), salt = String(repeating: "cd", count: 16)

    /// A valid ID number of Wuming county, born 1990-03-01, sequence `n`.
    static func id(_ n: Int) -> String {
        let first17 = "45012419900301" + String(format: "%03d", n)
        return first17 + String(IDNumber.checkCharacter(for: Array(first17)))
    }

    static func coordinatorRow(_ id: String, idNumber: String = Self.id(1), card: String = "GX0001",
                               status: String = "active", iterations: String = "100000", reset: String = "") -> String {
        "\(id),韦某,\(idNumber),\(card),450124100210,villageCoordinator,\(status),\(hash),\(salt),\(iterations),\(reset)"
    }
}

extension ReferenceStorageContract {
    /// Every kind takes its own versions, and a kiosk holding some kinds gets only the others.
    static func everyKindIsVersionedOnItsOwn(_ storage: any HubStorage) async throws {
        for (index, kind) in ReferenceKind.allCases.enumerated() {
            for round in 0...index {
                _ = try await storage.publishReference(kind, content: "\(kind.rawValue) \(round)\n", publishedBy: "甲",
                                                       at: HubFixtures.instant)
            }
        }
        let fresh = try await storage.referenceSets(newerThan: [:])
        #expect(fresh.map(\.kind) == ReferenceKind.allCases)
        #expect(fresh.map(\.version) == ReferenceKind.allCases.indices.map { Int64($0 + 1) })
        #expect(fresh.last?.content == "coordinatorAccounts \(ReferenceKind.allCases.count - 1)\n")
        let held: [ReferenceKind: Int64] = [.upperOfficeJobs: 1, .taxNonPayers: 2, .policyTables: 3, .idCardRegistrations: 3]
        #expect(try await storage.referenceSets(newerThan: held).map(\.kind) == [.idCardRegistrations, .coordinatorAccounts])
    }
}

extension SQLiteHubStorageTests {
    @Test("SQLite: policy tables, ID card registrations and coordinator accounts are versioned each on its own")
    func everyKindVersioned() async throws {
        try await ReferenceStorageContract.everyKindIsVersionedOnItsOwn(try SQLiteHubStorage.inMemory())
    }
}

extension PostgresHubStorageTests {
    @Test("PostgreSQL: policy tables, ID card registrations and coordinator accounts are versioned each on its own")
    func everyKindVersioned() async throws {
        try await withStorage { storage, _ in
            try await ReferenceStorageContract.everyKindIsVersionedOnItsOwn(storage)
        }
    }
}

/// The county's check of the three kinds before publishing: the kiosk's own reader, the whole file or nothing.
struct CountyReferencePublishingTests {
    typealias R = CountyReferenceFiles

    @Test("a policy table set with a bad field is refused naming its line; a good one is published")
    func policyTables() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        let good = try R.policyTable()
        let text = R.policySet([good, try R.policyTable(name: "wuming-bad", divisor: -1)])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.contains("wuming-bad") })
        let line = try #require(lines[start...].firstIndex { $0.contains("\"personalAccountDivisor\"") }) + 1
        do {
            _ = try await ReferencePublishing.publish(.policyTables, content: text, officer: "甲", into: storage,
                                                      at: HubFixtures.instant)
            Issue.record("a bad set was published")
        } catch {
            guard case .badRows(let lines) = error else { Issue.record("\(error)"); return }
            #expect(lines == ["line \(line): table wuming-bad: field personalAccountDivisor: notPositive"])
        }
        #expect(throws: ReferencePublishing.Refusal.empty) { try ReferencePublishing.check(.policyTables, content: "[]",
                                                                                           at: HubFixtures.instant) }
        #expect(try await storage.referenceHistory().isEmpty)
        let set = try await ReferencePublishing.publish(.policyTables, content: R.policySet([good]), officer: "甲",
                                                        into: storage, at: HubFixtures.instant)
        #expect(set.kind == .policyTables && set.version == 1)
    }

    @Test("an ID card list with a bad UID, a bad status or a UID given twice is refused naming the lines")
    func idCards() throws {
        let file = [R.idCardHeader, R.id(1) + ",04A1B2C3,registered", R.id(2) + ",XYZ,registered",
                    R.id(3) + ",04A1B2C3,registered", R.id(4) + ",04A1B2C4,lost"].joined(separator: "\n")
        do {
            _ = try ReferencePublishing.check(.idCardRegistrations, content: file, at: HubFixtures.instant)
            Issue.record("a bad list passed")
        } catch {
            guard case .badRows(let lines) = error else { Issue.record("\(error)"); return }
            #expect(lines.map { String($0.prefix(7)) } == ["line 3:", "line 4:", "line 5:"])
            #expect(lines[1].contains("already registered on line 2"))
        }
        #expect(throws: ReferencePublishing.Refusal.unreadable("it lacks the columns status")) {
            try ReferencePublishing.check(.idCardRegistrations, content: "id_number,card_uid\n", at: HubFixtures.instant)
        }
        #expect(try ReferencePublishing.check(.idCardRegistrations,
                                              content: R.idCardHeader + "\n" + R.id(1) + ",04a1b2c3d4e5f6,revoked\n",
                                              at: HubFixtures.instant) == 1)
    }

    @Test("a coordinator list with weak iterations, a bad status or a card listed twice is refused naming the lines")
    func coordinators() throws {
        let file = [R.coordinatorHeader, R.coordinatorRow("XG-1"),
                    R.coordinatorRow("XG-2", idNumber: R.id(2), card: "GX0002", iterations: "1000"),
                    R.coordinatorRow("XG-3", idNumber: R.id(3), card: "GX0001"),
                    R.coordinatorRow("XG-4", idNumber: R.id(4), card: "GX0004", status: "gone"),
                    R.coordinatorRow("XG-5", idNumber: R.id(5), card: "GX0005", reset: "R 1")]
            .joined(separator: "\n")
        do {
            _ = try ReferencePublishing.check(.coordinatorAccounts, content: file, at: HubFixtures.instant)
            Issue.record("a bad list passed")
        } catch {
            guard case .badRows(let lines) = error else { Issue.record("\(error)"); return }
            #expect(lines.map { String($0.prefix(7)) } == ["line 3:", "line 4:", "line 5:", "line 6:"])
            #expect(lines[0].contains("pin_iterations") && lines[1].contains("card GX0001 is already listed on line 2"))
        }
        #expect(try ReferencePublishing.check(.coordinatorAccounts, content: R.coordinatorHeader + "\n"
                                                + R.coordinatorRow("XG-1", reset: "R-2026-0001") + "\n",
                                              at: HubFixtures.instant) == 1)
    }
}

/// `kiosk-hub report county`, the county page and `/county.csv` read their figures through `CountyFigures`.
enum CountyFiguresContract {
    /// `storage` has kiosk K1 registered.
    static func judgedByThePublishedTable(_ storage: any HubStorage) async throws {
        let village = VillageFigures(villageCode: "450124100210", computedAt: "2026-11-30T04:00:00.000Z", adults: 200,
                                     insured: 180, taskItemsJudged: 8, taskItemsMet: 6, waiting: 3)
        _ = try await storage.keepFigures(village, kiosk: "K1", at: HubFixtures.instant)
        let before = try await CountyFigures.read(from: storage)
        #expect(before.csv.contains(",200,180,90.0,95.0,no,"))
        #expect(before.summary == CountyPage.Summary(kiosks: 1, entries: 0, pendingActs: 0, flagged: 0,
                                                     villagesMeetingTarget: 0, villagesReporting: 1))
        _ = try await ReferencePublishing.publish(.policyTables,
                                                  content: CountyReferenceFiles.policySet([try CountyReferenceFiles.policyTable()]),
                                                  officer: "甲", into: storage, at: HubFixtures.instant)
        let after = try await CountyFigures.read(from: storage)
        #expect(after.csv.contains(",200,180,90.0,90.0,yes,"))
        #expect(after.csv == CountyPage.csv(counts: after.counts, findings: after.findings, figures: after.figures,
                                            policies: after.policies))
        #expect(after.html(generatedAt: "x").contains("参保覆盖率达到目标的村 1 / 1"))
        #expect(after.table.rows.count == 1 && after.table.header.first == "kiosk")
        #expect(after.summary.villagesMeetingTarget == 1)
    }
}

extension SQLiteHubStorageTests {
    @Test("SQLite: the county figures are judged by the county's published policy table, as the page and the CSV show them")
    func countyFiguresJudgedByThePublishedTable() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        try await CountyFiguresContract.judgedByThePublishedTable(storage)
    }
}

extension PostgresHubStorageTests {
    @Test("PostgreSQL: the county figures are judged by the county's published policy table, as the page and the CSV show them")
    func countyFiguresJudgedByThePublishedTable() async throws {
        try await withStorage { storage, _ in
            try await CountyFiguresContract.judgedByThePublishedTable(storage)
        }
    }
}
