import ChildProcessSupport
import Foundation
@testable import HubServer
import KioskDomain
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

/// The real `kiosk-hub` program, killed with SIGKILL while a kiosk is sending, then restarted on its file.
struct KilledHubTests {
    typealias F = SyncFixtures

    /// The built `kiosk-hub` next to the test bundle.
    static let program: String? = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = folder.appendingPathComponent("kiosk-hub").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Starts `kiosk-hub serve` on a free port and returns the process and the port it printed.
    static func serve(_ database: String) throws -> (Process, Int) {
        let (process, line) = try ListeningProgram.start(try program.unwrapped(),
                                                         ["serve", "--db", database, "--host", "127.0.0.1", "--port", "0"])
        guard let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            process.terminate()
            throw MissingFixture()
        }
        return (process, port)
    }

    @Test(.enabled(if: program != nil, "needs the built kiosk-hub program"))
    func aHubKilledWhileTakingBatchesAndRestartedOnItsFileEndsWithEveryEntryStoredOnce() async throws {
        let path = HubTestFiles.temporaryPath()
        defer { HubTestFiles.remove(path) }
        let key = KioskKey.generate()
        try await SQLiteHubStorage.open(path: path).addKiosk("K1", signingKey: key.signingKey, at: F.instant)
        let store = try F.store()
        for sequence in 1...300 { try F.enrol(store, sequence: sequence) }

        // The program's clock is the machine's, so the kiosk signs with the machine's time here too.
        let clock = KioskClock(timeZone: F.zone) { Date() }
        let (first, firstPort) = try Self.serve(path)
        let endpoint = HubEndpoint(baseURL: "http://127.0.0.1:\(firstPort)", kioskID: "K1", key: key)
        let client = try HubClient(endpoint: endpoint, clock: clock, timeout: .seconds(10))
        let sender = OutboxSender(store: store, client: client, clock: clock, kioskID: "K1", batchSize: 50)
        let pid = first.processIdentifier
        // After the first acknowledged batch the hub dies without warning, in the middle of the next ones.
        let failure = await #expect(throws: SyncFailure.self) {
            try await sender.syncOnce { progress in
                if progress.acknowledged >= 50 { kill(pid, SIGKILL) }
            }
        }
        kill(pid, SIGKILL)
        first.waitUntilExit()
        await client.shutdown()
        #expect(failure?.isRetryable == true)
        let waiting = try store.outbox.syncStatus().waiting
        #expect(waiting > 0 && waiting <= 250)

        let (second, secondPort) = try Self.serve(path)
        defer { second.terminate() }
        let again = try HubClient(endpoint: HubEndpoint(baseURL: "http://127.0.0.1:\(secondPort)", kioskID: "K1", key: key),
                                  clock: clock, timeout: .seconds(10))
        let report = try await OutboxSender(store: store, client: again, clock: clock, kioskID: "K1", batchSize: 50)
            .syncOnce()
        await again.shutdown()
        second.terminate()
        second.waitUntilExit()
        #expect(report.acknowledged == waiting)
        #expect(try store.outbox.syncStatus().waiting == 0)
        #expect(try await SQLiteHubStorage.open(path: path).entryCounts().map(\.entries) == [300])
    }
}
