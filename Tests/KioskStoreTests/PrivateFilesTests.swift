import ChildProcessSupport
import Foundation
import GRDB
import KioskDomain
@testable import KioskStore
import Testing

/// What the kiosk writes is readable by its own user only; exports cannot carry spreadsheet formulas;
/// a second writer waits instead of failing.
struct PrivateFilesTests {
    typealias F = StoreFixtures

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "kiosk-modes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aNewDatabaseAndItsWALAreOnlyForTheKiosksUser() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/kiosk.sqlite"
        let store = try KioskStore.open(path: path, villageCode: F.village)
        try store.database.write { db in try db.execute(sql: "CREATE TABLE probe (x INTEGER); INSERT INTO probe VALUES (1);") }
        #expect(try Self.mode(path) == 0o600)
        #expect(try Self.mode(path + "-wal") == 0o600)
    }

    @Test func everyFileTheKioskProgramWritesIsOnlyForItsUserWhateverTheCallersUmask() async throws {
        let binary = try #require(KioskBinary.url, Comment(rawValue: KioskBinary.missingMessage))
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/demo.sqlite"
        let seeded = try await ChildProcess.run([binary.path, "db", "seed", "--db", database, "--today", "2026-11-30"])
        #expect(seeded.status == 0, "\(seeded.output)")
        let export = folder + "/coverage.csv"
        let exported = try await ChildProcess.run([binary.path, "export", "coverage", "--db", database, "--out", export,
                                                           "--on", "2026-11-30"])
        #expect(exported.status == 0, "\(exported.output)")
        for path in [database, database + "-wal", export] where FileManager.default.fileExists(atPath: path) {
            #expect(try Self.mode(path) == 0o600, "\(path)")
        }
        #expect(FileManager.default.fileExists(atPath: export))
    }

    @Test func exportedCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
        let text = CSVWriter.text(header: ["name", "note"], rows: [
            ["=HYPERLINK(\"http://x\")", "+86 138"], ["-2+3", "@SUM(A1)"], ["\tcmd", "\rline"], ["韦秀英", "a=b"],
        ])
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[1] == "\"'=HYPERLINK(\"\"http://x\"\")\",'+86 138")
        #expect(lines[2] == "'-2+3,'@SUM(A1)")
        #expect(lines[3].hasPrefix("\"'\tcmd\"") || lines[3].hasPrefix("'\tcmd"))
        #expect(lines.contains { $0.contains("韦秀英,a=b") }, "ordinary cells are untouched")
    }

    @Test func aWriteWaitsUpToTheBusyTimeoutForAnotherProcesssWrite() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try KioskStore.open(path: folder + "/kiosk.sqlite", villageCode: F.village)
        let timeout = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        #expect(timeout == Int(KioskStore.busyTimeout * 1000))
    }
}
