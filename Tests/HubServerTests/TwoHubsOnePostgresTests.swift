import AsyncHTTPClient
import Foundation
import HubServer
import KioskDomain
import Logging
import NIOCore
import SyncProtocol
import Testing

/// Two hub processes serving one PostgreSQL database over HTTP on loopback.
@Suite(.enabled(if: PostgresTestDatabase.serverURL != nil, "needs the throw-away PostgreSQL cluster Kiosk/test starts"))
struct TwoHubsOnePostgresTests {
    typealias F = HubFixtures

    static func serve(_ storage: any HubStorage) async throws -> (Int, Task<Void, any Error>) {
        var logger = Logger(label: "kiosk-hub-test")
        logger.logLevel = .critical
        let service = HubService(storage: storage, clock: .fixed(F.instant, timeZone: TimeZone(identifier: "UTC")!),
                                 host: "127.0.0.1", port: 0, logger: logger)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let task = Task { try await service.run { continuation.yield($0); continuation.finish() } }
        var iterator = ports.makeAsyncIterator()
        return (try #require(await iterator.next()), task)
    }

    static func post(_ batch: SyncBatch, to port: Int, key: KioskKey) async throws -> (UInt, BatchReceipt?) {
        let body = try SyncJSON.encoder().encode(batch)
        let signed = SignedRequest.sign(method: "POST", path: SyncRoutes.batches, body: body, kioskID: batch.kioskID,
                                        key: key.signingKey, at: F.instant)
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(SyncRoutes.batches)")
        request.method = .POST
        for (name, value) in signed.headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let answer = Data((try await response.body.collect(upTo: 1 << 20)).readableBytesView)
        return (response.status.code, try? SyncJSON.decoder().decode(BatchReceipt.self, from: answer))
    }

    @Test func twoHubsReceivingTheSameBatchAtOnceStoreEveryEntryOnceAndBothAcknowledgeIt() async throws {
        let database = try await PostgresTestDatabase.create()
        let first = try await PostgresHubStorage.connect(url: database.url)
        let second = try await PostgresHubStorage.connect(url: database.url)
        let key = KioskKey.generate()
        try await first.addKiosk("K1", signingKey: key.signingKey, at: F.instant)
        let (portA, hubA) = try await Self.serve(first)
        let (portB, hubB) = try await Self.serve(second)
        let batch = F.batch("K1", (0..<100).map { _ in F.entry() })
        async let a = Self.post(batch, to: portA, key: key)
        async let b = Self.post(batch, to: portB, key: key)
        let answers = await (try? a, try? b)
        let counts = try? await first.entryCounts()
        hubA.cancel()
        hubB.cancel()
        _ = await (hubA.result, hubB.result)
        await first.close()
        await second.close()
        try await database.drop()
        let (one, two) = (try #require(answers.0), try #require(answers.1))
        #expect(one.0 == 200 && two.0 == 200)
        let (receiptA, receiptB) = (try #require(one.1), try #require(two.1))
        #expect(receiptA.stored.count + receiptB.stored.count == 100)
        #expect(receiptA.acknowledged == Set(batch.entries.map(\.id)) && receiptB.acknowledged == receiptA.acknowledged)
        #expect(counts?.map(\.entries) == [100])
    }
}
