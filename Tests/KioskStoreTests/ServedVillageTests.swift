import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// A database file records the village it serves; admin commands use it and never fall back to the demo village.
struct ServedVillageTests {
    typealias F = StoreFixtures

    func withFile(_ body: (String) throws -> Void) rethrows {
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try body(path)
    }

    @Test func aNewFileOpenedWithoutAVillageIsRefusedWithAMessageNamingTheVillageOption() throws {
        try withFile { path in
            #expect(throws: StoreError.noVillageRecorded(path: path)) { try KioskStore.open(path: path) }
            #expect(!FileManager.default.fileExists(atPath: path), "nothing is created for a village nobody named")
            let error = StoreError.noVillageRecorded(path: path)
            #expect(error.description.contains("--village"))
        }
    }

    @Test func theVillageAndZoneRecordedAtTheFirstOpeningAreUsedByLaterOnes() throws {
        try withFile { path in
            let utc = TimeZone(identifier: "Asia/Urumqi")!
            _ = try KioskStore.open(path: path, villageCode: F.village, timeZone: utc)
            let reopened = try KioskStore.open(path: path)
            #expect(reopened.villageCode == F.village)
            #expect(reopened.timeZone.identifier == "Asia/Urumqi")
            // A zone given later (a changed configuration) replaces the recorded one.
            _ = try KioskStore.open(path: path, villageCode: F.village, timeZone: KioskStore.chinaTime)
            #expect(try KioskStore.open(path: path).timeZone.identifier == "Asia/Shanghai")
        }
    }

    @Test func aFileOfAnotherVillageIsRefused() throws {
        try withFile { path in
            _ = try KioskStore.open(path: path, villageCode: F.village)
            #expect(throws: StoreError.servesAnotherVillage(path: path, recorded: F.village, requested: "450124100299")) {
                try KioskStore.open(path: path, villageCode: "450124100299")
            }
        }
    }

    @Test func adminCommandsRefuseAFileThatRecordsNoVillage() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let report = try await KioskBinary.run(binary, ["report", "coverage", "--db", path, "--on", "2027-01-05"])
        #expect(report.status != 0)
        let migrated = try await KioskBinary.run(binary, ["db", "migrate", "--db", path, "--village", F.village])
        #expect(migrated.status == 0)
        let again = try await KioskBinary.run(binary, ["report", "coverage", "--db", path, "--on", "2027-01-05"])
        #expect(again.status == 0)
        #expect(again.output.contains(F.village), "the report names the recorded village: \(again.output)")
    }
}
