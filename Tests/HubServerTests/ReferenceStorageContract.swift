import Foundation
import HubServer
import SyncProtocol
import Testing

/// What every backend must do with reference sets: number each kind's versions 1, 2, ..., answer only the latest
/// version newer than the one held, and list every version. Run by the SQLite and the PostgreSQL suites.
enum ReferenceStorageContract {
    static func versionsAreNumberedAndOnlyNewerOnesAnswered(_ storage: any HubStorage) async throws {
        let at = HubFixtures.instant
        #expect(try await storage.referenceSets(newerThan: [:]).isEmpty)
        let one = try await storage.publishReference(.upperOfficeJobs, content: "a\n", publishedBy: "甲", at: at)
        let two = try await storage.publishReference(.upperOfficeJobs, content: "b\n", publishedBy: "乙", at: at)
        let other = try await storage.publishReference(.taxNonPayers, content: "c\n", publishedBy: "甲", at: at)
        #expect([one.version, two.version, other.version] == [1, 2, 1])
        #expect(two.isIntact && two.digest == ReferenceSet.digest(of: "b\n"))
        let fresh = try await storage.referenceSets(newerThan: [:])
        #expect(fresh.map(\.kind) == [.upperOfficeJobs, .taxNonPayers])
        #expect(fresh.map(\.version) == [2, 1], "only the latest version of a kind")
        #expect(fresh.first?.content == "b\n")
        #expect(try await storage.referenceSets(newerThan: [.upperOfficeJobs: 2, .taxNonPayers: 1]).isEmpty)
        #expect(try await storage.referenceSets(newerThan: [.upperOfficeJobs: 1, .taxNonPayers: 1]).map(\.version) == [2])
        let history = try await storage.referenceHistory()
        #expect(history.map(\.version) == [1, 2, 1], "by kind name, newest first")
        #expect(history.map(\.publishedBy) == ["甲", "乙", "甲"])
        #expect(history.map(\.bytes) == [2, 2, 2])
    }

    /// Several publications of one kind at once still take distinct versions.
    static func concurrentPublicationsTakeDistinctVersions(_ storage: any HubStorage) async throws {
        let versions = try await withThrowingTaskGroup(of: Int64.self) { group in
            for index in 0..<8 {
                group.addTask {
                    try await storage.publishReference(.taxNonPayers, content: "\(index)\n", publishedBy: "甲",
                                                       at: HubFixtures.instant).version
                }
            }
            return try await group.reduce(into: [Int64]()) { $0.append($1) }
        }
        #expect(versions.sorted() == Array(1...8))
    }
}

/// The county's check before a file is published: the kiosks' own importer, every row or nothing.
struct ReferencePublishingTests {
    static let header = "id,employer,title,occupation,industry,place,wage_min,wage_max,headcount,contact,posted_on,valid_until"

    @Test("a file with a bad row is refused naming its line, and nothing is published")
    func aBadRowRefusesTheFile() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        let file = Self.header + "\nJ1,厂,工,6-29,C,prefecture,3000,4000,5,0771,2026-11-01,2026-12-31\n"
            + "J2,厂,工,6-29,Z,prefecture,3000,4000,5,0771,2026-11-01,2026-12-31\n"
        await #expect(throws: ReferencePublishing.Refusal.self) {
            _ = try await ReferencePublishing.publish(.upperOfficeJobs, content: file, officer: "甲", into: storage,
                                                      at: HubFixtures.instant)
        }
        do {
            _ = try ReferencePublishing.check(.upperOfficeJobs, content: file, at: HubFixtures.instant)
        } catch {
            guard case .badRows(let lines) = error else { Issue.record("\(error)"); return }
            #expect(lines.count == 1 && lines[0].hasPrefix("line 3:") && lines[0].contains("industry"))
        }
        #expect(try await storage.referenceHistory().isEmpty)
    }

    @Test("missing columns and an empty list are refused with plain reasons; a good file is published")
    func missingColumnsAndEmpty() async throws {
        #expect(throws: ReferencePublishing.Refusal.unreadable("it lacks the columns amount_due_yuan")) {
            try ReferencePublishing.check(.taxNonPayers, content: "id_number,name,year\n", at: HubFixtures.instant)
        }
        #expect(throws: ReferencePublishing.Refusal.empty) {
            try ReferencePublishing.check(.upperOfficeJobs, content: Self.header + "\n", at: HubFixtures.instant)
        }
        let storage = try SQLiteHubStorage.inMemory()
        let good = Self.header + "\nJ1,厂,工,6-29,C,prefecture,3000,4000,5,0771,2026-11-01,2026-12-31\n"
        let set = try await ReferencePublishing.publish(.upperOfficeJobs, content: good, officer: "甲", into: storage,
                                                        at: HubFixtures.instant)
        #expect(set.version == 1)
    }
}

extension SQLiteHubStorageTests {
    @Test("SQLite: reference set versions are numbered per kind and only newer ones answered")
    func referenceVersions() async throws {
        try await ReferenceStorageContract.versionsAreNumberedAndOnlyNewerOnesAnswered(try SQLiteHubStorage.inMemory())
    }

    @Test("SQLite: publications of one kind at once take distinct versions")
    func concurrentPublications() async throws {
        let storage = try SQLiteHubStorage.open(path: HubFixtures.temporaryPath())
        try await ReferenceStorageContract.concurrentPublicationsTakeDistinctVersions(storage)
    }
}

extension PostgresHubStorageTests {
    @Test("PostgreSQL: reference set versions are numbered per kind and only newer ones answered")
    func referenceVersions() async throws {
        try await withStorage { storage, _ in
            try await ReferenceStorageContract.versionsAreNumberedAndOnlyNewerOnesAnswered(storage)
        }
    }

    @Test("PostgreSQL: publications of one kind at once take distinct versions")
    func concurrentPublications() async throws {
        try await withStorage { storage, _ in
            try await ReferenceStorageContract.concurrentPublicationsTakeDistinctVersions(storage)
        }
    }
}
