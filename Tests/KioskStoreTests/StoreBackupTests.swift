import ChildProcessSupport
import Foundation
import GRDB
import KioskDomain
@testable import KioskStore
import Testing

/// `kiosk db backup`: an online copy that is one private, self-contained file whose audit chain verifies,
/// never written over another file, and nothing left behind when it fails.
struct StoreBackupTests {
    typealias F = StoreFixtures

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "kiosk-backup-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func storeWithEntries(at path: String, _ count: Int) throws -> KioskStore {
        let store = try KioskStore.open(path: path, villageCode: F.village)
        for i in 1...count {
            try store.record(.registration(F.person(i)), actor: .selfService, at: F.instant("2026-11-30"))
        }
        return store
    }

    @Test("a backup taken while the store is open holds every record, verifies, and is one 0600 file")
    func backupWhileOpen() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Self.storeWithEntries(at: folder + "/kiosk.sqlite", 7)
        let copyPath = folder + "/copy.sqlite"
        let backup = try store.backup(to: copyPath)
        #expect(backup.auditEntries == 7)
        #expect(backup.bytes > 0)
        let mode = try FileManager.default.attributesOfItem(atPath: copyPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!FileManager.default.fileExists(atPath: copyPath + "-wal"), "the copy is self-contained")
        let copy = try KioskStore.open(path: copyPath)
        #expect(copy.villageCode == F.village)
        #expect(try copy.verifyAudit().entriesChecked == 7)
        // The original keeps working after the copy.
        try store.record(.registration(F.person(8)), actor: .selfService, at: F.instant("2026-11-30"))
        #expect(try store.verifyAudit().entriesChecked == 8)
        #expect(try copy.verifyAudit().entriesChecked == 7)
    }

    @Test("a backup never writes over an existing file")
    func neverOverwrites() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Self.storeWithEntries(at: folder + "/kiosk.sqlite", 1)
        let existing = folder + "/precious.sqlite"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(throws: StoreBackup.Problem.destinationExists(existing)) { try store.backup(to: existing) }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
    }

    @Test("a backup into a folder that cannot be written says so and leaves nothing")
    func unwritableDestination() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try Self.storeWithEntries(at: folder + "/kiosk.sqlite", 1)
        let target = folder + "/missing-folder/copy.sqlite"
        #expect {
            try store.backup(to: target)
        } throws: { error in
            guard case .cannotWrite(let path, _) = error as? StoreBackup.Problem else { return false }
            return path == target
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("dated backup names sort by time in the store's zone, and pruning keeps the newest and nothing else is touched")
    func datedNamesAndPruning() throws {
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-12-31T16:00:00Z")) // already 2027-01-01 00:00 in China
        #expect(StoreBackup.fileName(at: instant, timeZone: KioskStore.chinaTime) == "kiosk-20270101-000000.sqlite")
        #expect(StoreBackup.fileName(at: instant, timeZone: TimeZone(identifier: "UTC")!) == "kiosk-20261231-160000.sqlite")
        let names = ["kiosk-20261203-020000.sqlite", "notes.txt", "kiosk-20261201-020000.sqlite",
                     "kiosk-20261202-020000.sqlite", "kiosk-20261201-020000.sqlite-journal", "kiosk.sqlite"]
        #expect(StoreBackup.surplus(in: names, keep: 2) == ["kiosk-20261201-020000.sqlite"])
        #expect(StoreBackup.surplus(in: names, keep: 5).isEmpty)
        #expect(!StoreBackup.isBackupName("kiosk.sqlite"))
    }

    @Test("kiosk db backup writes a copy that kiosk audit verify accepts, and refuses a second run onto it")
    func commandLine() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/kiosk.sqlite"
        _ = try Self.storeWithEntries(at: database, 3)
        let copy = folder + "/copy.sqlite"
        let made = try await ChildProcess.run([binary.path, "db", "backup", "--db", database, "--to", copy])
        #expect(made.status == 0, "\(made.output)")
        #expect(made.output.contains("audit chain intact: 3 entries"))
        let verified = try await ChildProcess.run([binary.path, "audit", "verify", "--db", copy])
        #expect(verified.status == 0, "\(verified.output)")
        let again = try await ChildProcess.run([binary.path, "db", "backup", "--db", database, "--to", copy])
        #expect(again.status == 1)
        #expect(again.output.contains("never overwrites"))
        let dated = folder + "/nightly"
        let intoFolder = try await ChildProcess.run([binary.path, "db", "backup", "--db", database, "--into", dated, "--keep", "3"])
        #expect(intoFolder.status == 0, "\(intoFolder.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dated)
        #expect(names.count == 1 && names.allSatisfy(StoreBackup.isBackupName), "\(names)")
    }
}
