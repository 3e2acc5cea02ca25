import Foundation
import HubServer
import KioskDomain
import KioskStore
import KioskSync
import Logging
import SyncProtocol

/// A real hub on a free loopback port, for as long as a test needs it.
final class RunningHub: Sendable {
    let storage: SQLiteHubStorage
    let port: Int
    let task: Task<Void, any Error>

    var url: String { "http://127.0.0.1:\(port)" }

    private init(storage: SQLiteHubStorage, port: Int, task: Task<Void, any Error>) {
        self.storage = storage
        self.port = port
        self.task = task
    }

    /// Starts a hub over `storage` whose clock reads `clock`.
    static func start(storage: SQLiteHubStorage, clock: KioskClock = SyncFixtures.clock) async throws -> RunningHub {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "kiosk-hub-test")
        logger.logLevel = .critical
        let service = HubService(storage: storage, clock: clock, host: "127.0.0.1", port: 0, logger: logger)
        let task = Task {
            try await service.run { port in
                continuation.yield(port)
                continuation.finish()
            }
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw MissingFixture() }
        return RunningHub(storage: storage, port: port, task: task)
    }

    /// A hub on a fresh in-memory database with kiosk `kiosk` registered; returns the hub and the kiosk's key.
    static func withKiosk(_ kiosk: String = "K1") async throws -> (RunningHub, KioskKey) {
        let storage = try SQLiteHubStorage.inMemory()
        let key = KioskKey.generate()
        try await storage.addKiosk(kiosk, signingKey: key.signingKey, at: SyncFixtures.instant)
        return (try await start(storage: storage), key)
    }

    /// Stops the server and waits until it has.
    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// A sender of `store`'s outbox to this hub as `kiosk`, on `clock`.
    func sender(_ store: KioskStore, kiosk: String = "K1", key: KioskKey, clock: KioskClock = SyncFixtures.clock,
                batchSize: Int = 200) throws -> (OutboxSender, HubClient) {
        // The kiosk's own read time-out (30 s): a test suite running in parallel on a shared machine can keep the hub's
        // answer waiting longer than 10 s.
        let client = try HubClient(endpoint: HubEndpoint(baseURL: url, kioskID: kiosk, key: key), clock: clock,
                                   timeout: .seconds(30))
        return (OutboxSender(store: store, client: client, clock: clock, kioskID: kiosk, batchSize: batchSize), client)
    }
}
