import Foundation
import HubServer
import KioskStore
import SyncProtocol
import Testing

/// The real `kiosk-hub` program: `report county` prints the county page's figures, `reference publish` refuses a bad
/// file naming its line, and `reference pin-hash` makes the PIN columns a kiosk accepts.
struct HubCountyCommandTests {
    /// Runs the program with `arguments` (and `input` on standard input); returns its exit status and output.
    static func run(_ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try KilledHubTests.program.unwrapped())
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test("report county --csv prints exactly the county CSV; without it, a tab-separated list and the summary",
          .enabled(if: KilledHubTests.program != nil, "needs the built kiosk-hub program"))
    func reportCounty() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hub-report-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let storage = try SQLiteHubStorage.open(path: path)
        try await storage.addKiosk("450124100210-1", signingKey: KioskKey.generate().signingKey, at: SyncFixtures.instant)
        _ = try await storage.keepFigures(VillageFigures(villageCode: "450124100210", computedAt: "2026-11-30T04:00:00.000Z",
                                                         adults: 200, insured: 191, taskItemsJudged: 8, taskItemsMet: 6,
                                                         waiting: 4), kiosk: "450124100210-1", at: SyncFixtures.instant)
        let expected = try await CountyFigures.read(from: storage).csv
        let csv = try Self.run(["report", "county", "--csv", "--db", path])
        #expect(csv.status == 0)
        #expect(csv.out == expected)
        #expect(csv.out.contains("450124100210-1,450124100210,"))
        let plain = try Self.run(["report", "county", "--db", path])
        #expect(plain.status == 0)
        #expect(plain.out.hasPrefix("kiosk\tvillage\tlast_sync"))
        #expect(plain.out.contains("kiosks 1, entries 0, pending acts 0, audit findings 0, "
                                   + "villages meeting the coverage target 1 of 1 reporting"))
    }

    @Test("a bad coordinator list is refused naming its line; pin-hash prints columns the kiosk's check accepts",
          .enabled(if: KilledHubTests.program != nil, "needs the built kiosk-hub program"))
    func publishAndPINHash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("hub.sqlite").path
        let hashed = try Self.run(["reference", "pin-hash"], input: "246810\n")
        #expect(hashed.status == 0)
        let columns = hashed.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(columns.split(separator: ",").map(\.count).prefix(2) == [64, 32])
        #expect(try Self.run(["reference", "pin-hash"], input: "12ab\n").status != 0)
        let id = CountyReferenceDataTests.idNumber(601)
        let header = CountyReferenceDataTests.header
        let good = "XG-9,黄某,\(id),GX9009,450124100210,villageCoordinator,active,\(columns),"
        let file = folder.appendingPathComponent("coordinators.csv")
        try (header + "\n" + good + "\n" + good.replacingOccurrences(of: "active", with: "asleep") + "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let refused = try Self.run(["reference", "publish", "coordinatorAccounts", file.path, "--officer", "韦科长",
                                    "--db", database])
        #expect(refused.status != 0)
        #expect(refused.err.contains("line 3: status must be active or disabled"))
        try (header + "\n" + good + "\n").write(to: file, atomically: true, encoding: .utf8)
        let published = try Self.run(["reference", "publish", "coordinatorAccounts", file.path, "--officer", "韦科长",
                                      "--db", database])
        #expect(published.status == 0 && published.out.contains("coordinatorAccounts version 1 published"))
    }
}
