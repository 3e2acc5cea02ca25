import Foundation
import HubServer
import KioskDomain
import KioskStore
import KioskSync
import Logging
import SyncProtocol

/// Draining a 10,000-entry outbox through a village link shaped in-process (`LossyLink`: 1 Mbit/s, 5 % of segments
/// lost, one loss in ten a dropped link), with the kiosk's real sender retrying at once after each failure; every
/// entry must end stored once at the hub. Reports the time, the syncs it took and the bytes on the wire per event.
enum LossyDrainBenchmark {
    static let entries = 10_000
    static let bitsPerSecond = 1_000_000.0
    static let lossRate = 0.05

    static func measure() async throws -> [String] {
        let clock = KioskClock.fixed(HubBenchmark.instant, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let store = try KioskStore.inMemory(villageCode: StoreBenchmark.village)
        for sequence in 0..<entries {
            let first17 = StoreBenchmark.county + "198503" + String(format: "%02d", 1 + sequence / 1000)
                + String(format: "%03d", sequence % 1000)
            let id = try IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
            let person = Person(id: id, name: "蓝\(sequence)", nationCode: "08", villageCode: StoreBenchmark.village)
            try store.record(try StoreBenchmark.enrolment(person), actor: .selfService, at: clock.now())
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-drain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let storage = try SQLiteHubStorage.open(path: folder.appendingPathComponent("hub.sqlite").path)
        let key = KioskKey.generate()
        let kiosk = HubBenchmark.kioskID(0)
        try await storage.addKiosk(kiosk, signingKey: key.signingKey, at: clock.now())
        var logger = Logger(label: "hub-drain")
        logger.logLevel = .critical
        let service = HubService(storage: storage, clock: clock, host: "127.0.0.1", port: 0, logger: logger)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let server = Task { try await service.run { continuation.yield($0); continuation.finish() } }
        var iterator = ports.makeAsyncIterator()
        guard let hubPort = await iterator.next() else { throw HubBenchmarkError.serverDidNotStart }
        let link = try LossyLink(to: hubPort, bitsPerSecond: bitsPerSecond, lossRate: lossRate)
        let client = try HubClient(endpoint: HubEndpoint(baseURL: "http://127.0.0.1:\(link.port)", kioskID: kiosk, key: key),
                                   clock: clock, timeout: .seconds(60))
        let sender = OutboxSender(store: store, client: client, clock: clock, kioskID: kiosk)

        let started = ContinuousClock.now
        var syncs = 0, failures = 0
        while try store.outbox.pendingCount() > 0, syncs < 1_000 {
            syncs += 1
            do {
                try await sender.syncOnce()
            } catch {
                failures += 1
            }
        }
        let seconds = (ContinuousClock.now - started).milliseconds / 1000
        await client.shutdown()
        link.close()
        server.cancel()
        _ = await server.result
        let held = try await storage.entryCounts().first?.entries ?? 0
        guard held == entries, try store.outbox.pendingCount() == 0 else { throw HubBenchmarkError.notAllAccepted(held) }
        let totals = link.totals
        let floor = Double(totals.bytesUp) * 8 / bitsPerSecond
        return [
            "lossy link, \(format(bitsPerSecond / 1e6, decimals: 0)) Mbit/s, \(Int(lossRate * 100)) % of segments lost "
                + "(1 in 10 losses drops the link): \(entries) entries drained in \(format(seconds, decimals: 1)) s, "
                + "each stored once",
            "  \(syncs) syncs (\(failures) cut short by a dropped link; \(totals.resets) drops), "
                + "\(totals.segmentsLost) segments sent again after 200 ms",
            "  on the wire: \(totals.bytesUp / entries) bytes up and \(totals.bytesDown / entries) down per business event "
                + "(HTTP, signatures, receipts and the resent batches included); "
                + "the upstream bytes alone take \(format(floor, decimals: 1)) s at this rate",
        ]
    }
}
