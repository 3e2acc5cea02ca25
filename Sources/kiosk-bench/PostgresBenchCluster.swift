import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HubServer
import SyncProtocol

/// The PostgreSQL database the hub benchmark measures on: `KIOSK_BENCH_POSTGRES_URL` when set, else a throw-away
/// cluster started with the repository's `Kiosk/test-postgres` (and stopped after), else none (the figure is then
/// reported as not measured, with why).
struct PostgresBenchCluster {
    /// The URL to connect to.
    let url: String
    /// The cluster's folder when this benchmark started it.
    private let folder: URL?

    /// The database to use, or why there is none.
    static func acquire() -> Result<PostgresBenchCluster, PostgresBenchUnavailable> {
        if let url = ProcessInfo.processInfo.environment["KIOSK_BENCH_POSTGRES_URL"], !url.isEmpty {
            return .success(PostgresBenchCluster(url: url, folder: nil))
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Kiosk/test-postgres")
        guard FileManager.default.isExecutableFile(atPath: script.path) else {
            return .failure(PostgresBenchUnavailable(reason: "no KIOSK_BENCH_POSTGRES_URL and no \(script.lastPathComponent) script"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-bench-pg-\(UUID().uuidString)")
        let (status, output) = run(script, ["start", folder.path])
        let url = output.split(separator: "\n").last.map(String.init) ?? ""
        guard status == 0, url.hasPrefix("postgres://") else {
            _ = run(script, ["stop", folder.path])
            return .failure(PostgresBenchUnavailable(reason: "a throw-away cluster could not be started: \(output.prefix(200))"))
        }
        return .success(PostgresBenchCluster(url: url, folder: folder))
    }

    /// Stops the cluster this benchmark started (a configured database is left alone).
    func release() {
        guard let folder else { return }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Kiosk/test-postgres")
        _ = Self.run(script, ["stop", folder.path])
    }

    /// Runs the script through `system` (which waits with waitpid): Foundation's `Process` wait never returned here,
    /// the benchmark's main thread being blocked while its async body runs. Output goes through a file.
    private static func run(_ script: URL, _ arguments: [String]) -> (Int32, String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("hub-bench-pg-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([script.path] + arguments).map(quoted).joined(separator: " ")
        let status = system(command + " >" + quoted(output.path) + " 2>&1 </dev/null")
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (status, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Entries per second a hub on this database accepts over HTTP from the benchmark's concurrent kiosks.
    func httpRate(template: [SyncEntry]) async throws -> Double {
        let storage = try await PostgresHubStorage.connect(url: url)
        do {
            let keys = try await HubBenchmark.register(storage)
            let rate = try await HubBenchmark.overHTTP(storage, keys: keys, template: template)
            await storage.close()
            return rate
        } catch {
            await storage.close()
            throw error
        }
    }
}

/// Why the PostgreSQL figure was not measured.
struct PostgresBenchUnavailable: Error {
    let reason: String
}
