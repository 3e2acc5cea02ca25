import Foundation
@testable import HubServer
import KioskStore
@testable import KioskSync
import Logging
import SyncProtocol
import Testing

/// The hub behind TLS: a certificate made for the test by the `openssl` tool, trusted by the kiosk as its CA file.
struct TLSHubTests {
    typealias F = SyncFixtures

    /// A self-signed certificate for 127.0.0.1 and its key, in a temporary folder.
    static func certificate() throws -> (folder: URL, cert: String, key: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cert = folder.appendingPathComponent("hub.crt").path, key = folder.appendingPathComponent("hub.key").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                             "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                             "-keyout", key, "-out", cert]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else { throw MissingFixture() }
        return (folder, cert, key)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func aKioskTrustingTheCountysCertificateSyncsOverHTTPSAndOneThatDoesNotIsRefusedTheLink() async throws {
        let (folder, cert, keyFile) = try Self.certificate()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let storage = try SQLiteHubStorage.inMemory()
        let key = KioskKey.generate()
        try await storage.addKiosk("K1", signingKey: key.signingKey, at: F.instant)
        var logger = Logger(label: "kiosk-hub-test")
        logger.logLevel = .critical
        let service = HubService(storage: storage, clock: F.clock, host: "127.0.0.1", port: 0,
                                 tls: HubService.TLSFiles(certificate: cert, privateKey: keyFile), logger: logger)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let server = Task { try await service.run { continuation.yield($0); continuation.finish() } }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())

        let untrusting = try HubClient(endpoint: HubEndpoint(baseURL: "https://127.0.0.1:\(port)", kioskID: "K1", key: key),
                                       clock: F.clock, timeout: .seconds(5))
        let refused = await #expect(throws: SyncFailure.self) {
            try await OutboxSender(store: store, client: untrusting, clock: F.clock, kioskID: "K1").syncOnce()
        }
        await untrusting.shutdown()
        let trusting = try HubClient(endpoint: HubEndpoint(baseURL: "https://127.0.0.1:\(port)", kioskID: "K1", key: key,
                                                           trustedCAFile: cert), clock: F.clock, timeout: .seconds(30))
        // Shut the client and server down whatever the sync throws (a client left running stops the test process).
        let outcome: Result<SyncProgress, any Error>
        do {
            outcome = .success(try await OutboxSender(store: store, client: trusting, clock: F.clock, kioskID: "K1").syncOnce())
        } catch {
            outcome = .failure(error)
        }
        await trusting.shutdown()
        server.cancel()
        _ = await server.result
        let report = try outcome.get()
        guard case .unreachable? = refused else { Issue.record("expected a refused link, got \(String(describing: refused))"); return }
        #expect(report.stored == 1)
        #expect(try await storage.entryCounts().map(\.entries) == [1])
    }
}
