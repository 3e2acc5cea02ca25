import AsyncHTTPClient
import Foundation
import GRDB
import HubServer
import KioskDomain
import KioskStore
import Logging
import NIOCore
import SyncProtocol

/// County hub benchmark: real outbox entries (enrolments recorded by the kiosk's store), their bytes on the wire,
/// the storage's ingest rate beside plain GRDB inserts of the same rows, and entries per second accepted over
/// HTTP from 50 concurrent simulated kiosks on loopback (SQLite, and beside it PostgreSQL: `KIOSK_BENCH_POSTGRES_URL`
/// or a throw-away cluster, `PostgresBenchCluster`),
/// and the time to drain a 10,000-entry outbox through a simulated lossy village link (`LossyDrainBenchmark`).
enum HubBenchmark {
    static let kiosks = 50
    static let batchesPerKiosk = 4
    static let batchSize = 200
    /// The instant the simulated kiosks sign with; the hub's clock reads the same one.
    static let instant = StoreBenchmark.recordedAt

    static func run() throws -> [String] {
        try blocking { try await measure() }
    }

    static func measure() async throws -> [String] {
        var lines: [String] = []
        let template = try await realEntries(count: batchSize)
        let batchBytes = try SyncJSON.encoder().encode(SyncBatch(kioskID: "450124100201-1",
            auditHead: AuditHead(sequence: 1, hash: String(repeating: "0", count: 64)), anchorProof: nil, entries: template))
        let packed = try BatchCompression.compress(batchBytes)
        lines.append("wire: \(packed.count / template.count) bytes per business event gzip-compressed "
                     + "(\(batchBytes.count / template.count) as JSON; enrolments, in a batch of \(template.count))")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let total = kiosks * batchesPerKiosk * batchSize

        let storage = try SQLiteHubStorage.open(path: folder.appendingPathComponent("direct.sqlite").path)
        let keys = try await register(storage)
        let batches = (0..<kiosks).flatMap { kiosk in (0..<batchesPerKiosk).map { batch(kiosk, $0, template) } }
        let started = ContinuousClock.now
        for batch in batches { _ = try await storage.store(batch, receivedAt: instant) }
        let storageRate = Double(total) / ((ContinuousClock.now - started).milliseconds / 1000)
        let yardstick = try plainInserts(batches, path: folder.appendingPathComponent("plain.sqlite").path)
        lines.append(StoreBenchmark.pad("ingest (entries/s)", 34) + StoreBenchmark.pad("HubStorage", 18) + StoreBenchmark.pad("plain GRDB inserts", 20) + "ratio")
        lines.append(StoreBenchmark.pad("SQLite, \(total) entries", 34) + StoreBenchmark.pad(format(storageRate, decimals: 0), 18) + StoreBenchmark.pad(format(yardstick, decimals: 0), 20)
                     + String(format: "%.2f", storageRate / yardstick))

        let httpStorage = try SQLiteHubStorage.open(path: folder.appendingPathComponent("http.sqlite").path)
        let httpKeys = try await register(httpStorage)
        let httpRate = try await overHTTP(httpStorage, keys: httpKeys, template: template)
        let postgresText: String
        switch PostgresBenchCluster.acquire() {
        case .success(let cluster):
            defer { cluster.release() }
            postgresText = format(try await cluster.httpRate(template: template), decimals: 0)
        case .failure(let unavailable):
            postgresText = "not measured (\(unavailable.reason))"
        }
        lines.append("HTTP, \(kiosks) concurrent kiosks on loopback (entries/s accepted): SQLite \(format(httpRate, decimals: 0)), "
                     + "PostgreSQL \(postgresText)")
        _ = keys
        let needed = 14_000.0 * 100 / 86_400
        lines.append("province: 14,000 villages x 100 events a day = \(format(needed, decimals: 0)) entries/s on average "
                     + "(\(format(needed * 10, decimals: 0)) at a tenfold peak); the SQLite hub over HTTP takes "
                     + "\(format(httpRate / needed, decimals: 0))x the average, "
                     + "\(format(httpRate / (needed * 10), decimals: 1))x the peak")
        lines += try await LossyDrainBenchmark.measure()
        return lines
    }

    /// `count` outbox entries as the kiosk's store writes them: enrolments recorded in an in-memory store.
    static func realEntries(count: Int) async throws -> [SyncEntry] {
        let store = try KioskStore.inMemory(villageCode: StoreBenchmark.village)
        for sequence in 0..<count {
            let first17 = StoreBenchmark.county + "19850301" + String(format: "%03d", sequence)
            let id = try IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
            let person = Person(id: id, name: "蓝\(sequence)", nationCode: "08", villageCode: StoreBenchmark.village)
            try store.record(try StoreBenchmark.enrolment(person), actor: .selfService, at: instant)
        }
        // As the kiosk sends them: each with its receipt's check code.
        let sealKey = try store.receiptSealKey()
        return try store.outbox.pendingForSync(limit: count).map { row in
            SyncEntry(id: UUID(uuidString: row.entryUUID)!, kind: row.kind, receiptNumber: row.receiptNumber,
                      createdAt: row.createdAt, payload: row.payload,
                      receiptCode: try store.receipt(number: row.receiptNumber).map { ReceiptSeal.code(for: $0, key: sealKey) })
        }
    }

    static func kioskID(_ index: Int) -> String { "450124100\(String(format: "%03d", index))-1" }

    static func register(_ storage: any HubStorage) async throws -> [KioskKey] {
        var keys: [KioskKey] = []
        for index in 0..<kiosks {
            let key = KioskKey.generate()
            try await storage.addKiosk(kioskID(index), signingKey: key.signingKey, at: instant)
            keys.append(key)
        }
        return keys
    }

    /// Batch `number` of kiosk `kiosk`: the template's entries under fresh UUIDs, the head moving on.
    static func batch(_ kiosk: Int, _ number: Int, _ template: [SyncEntry]) -> SyncBatch {
        let entries = template.map { SyncEntry(id: UUID(), kind: $0.kind, receiptNumber: $0.receiptNumber,
                                                createdAt: $0.createdAt, payload: $0.payload, receiptCode: $0.receiptCode) }
        let head = AuditHead(sequence: Int64((number + 1) * template.count), hash: String(repeating: "a", count: 64))
        let proof = number == 0 ? nil : AuditHead(sequence: Int64(number * template.count), hash: head.hash)
        return SyncBatch(kioskID: kioskID(kiosk), auditHead: head, anchorProof: proof, entries: entries)
    }

    /// The yardstick: the same rows by plain GRDB inserts into a table with the same primary key, a transaction a batch.
    static func plainInserts(_ batches: [SyncBatch], path: String) throws -> Double {
        let pool = try DatabasePool(path: path)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE entries (kiosk_id TEXT NOT NULL, entry_uuid TEXT NOT NULL, kind TEXT NOT NULL,
                    receipt_number TEXT NOT NULL, created_at TEXT NOT NULL, payload TEXT NOT NULL, received_at TEXT NOT NULL,
                    pending_act TEXT, PRIMARY KEY (kiosk_id, entry_uuid))
                """)
        }
        let started = ContinuousClock.now
        for batch in batches {
            try pool.write { db in
                for entry in batch.entries {
                    try db.execute(sql: "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                                   arguments: [batch.kioskID, entry.id.uuidString, entry.kind, entry.receiptNumber,
                                               entry.createdAt, entry.payload, "2025-06-02T02:00:00.000Z"])
                }
            }
        }
        return Double(batches.count * batchSize) / ((ContinuousClock.now - started).milliseconds / 1000)
    }

    /// Entries per second a hub on `storage` accepts from `kiosks` kiosks sending at once over loopback.
    static func overHTTP(_ storage: any HubStorage, keys: [KioskKey], template: [SyncEntry]) async throws -> Double {
        var logger = Logger(label: "hub-bench")
        logger.logLevel = .critical
        let service = HubService(storage: storage, clock: .fixed(instant, timeZone: TimeZone(identifier: "UTC")!),
                                 host: "127.0.0.1", port: 0, logger: logger)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let server = Task { try await service.run { continuation.yield($0); continuation.finish() } }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw HubBenchmarkError.serverDidNotStart }
        let bodies = try (0..<kiosks).map { kiosk in
            try (0..<batchesPerKiosk).map {
                try BatchCompression.compress(try SyncJSON.encoder().encode(batch(kiosk, $0, template)))
            }
        }
        let started = ContinuousClock.now
        let accepted = try await withThrowingTaskGroup(of: Int.self) { group in
            for kiosk in 0..<kiosks {
                group.addTask {
                    var stored = 0
                    for body in bodies[kiosk] {
                        stored += try await send(body, kiosk: kiosk, key: keys[kiosk], port: port)
                    }
                    return stored
                }
            }
            return try await group.reduce(0, +)
        }
        let rate = Double(accepted) / ((ContinuousClock.now - started).milliseconds / 1000)
        server.cancel()
        _ = await server.result
        guard accepted == kiosks * batchesPerKiosk * batchSize else { throw HubBenchmarkError.notAllAccepted(accepted) }
        return rate
    }

    static func send(_ body: Data, kiosk: Int, key: KioskKey, port: Int) async throws -> Int {
        let signed = SignedRequest.sign(method: "POST", path: SyncRoutes.batches, body: body, kioskID: kioskID(kiosk),
                                        key: key.signingKey, at: instant)
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(SyncRoutes.batches)")
        request.method = .POST
        for (name, value) in signed.headers { request.headers.add(name: name, value: value) }
        request.headers.add(name: "Content-Encoding", value: BatchCompression.contentEncoding)
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let answer = try await response.body.collect(upTo: 1 << 22)
        let receipt = try SyncJSON.decoder().decode(BatchReceipt.self, from: Data(answer.readableBytesView))
        return receipt.acknowledged.count
    }

    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// The outcome of an async body, handed to the thread waiting for it.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}

/// Why the hub benchmark could not finish.
enum HubBenchmarkError: Error {
    case serverDidNotStart
    case notAllAccepted(Int)
}
