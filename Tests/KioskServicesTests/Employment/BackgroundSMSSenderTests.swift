import Foundation
import Testing
import KioskDomain
import KioskStore
@testable import KioskServices

/// The kiosk's background SMS sender: it drains the outbox by itself through the configured sender, retries a
/// refused message with back-off, and each message is accepted once; the sender is chosen by configuration.
struct BackgroundSMSSenderTests {
    let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: KioskStore.chinaTime)

    func drafts(_ range: ClosedRange<Int>) -> [SMSDraft] {
        range.map { SMSDraft(idempotencyKey: "match:2026-11:\($0)", phone: try! PhoneNumber("1380013800\($0 % 10)"), body: "岗位\($0)",
                             purpose: "match") }
    }

    /// Polls until `done` holds (at most 15 s).
    func eventually(_ done: () throws -> Bool) async throws -> Bool {
        for _ in 0..<300 {
            if try done() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try done()
    }

    @Test("The background sender drains the outbox through the local gateway, retries a refused message with back-off, and each message is accepted once")
    func drainsWithRetries() async throws {
        let server = try LocalGatewayServer(statuses: [200, 503, 503])
        defer { server.stop() }
        let store = try KioskStore.inMemory(villageCode: "450124100210")
        try store.smsOutbox.enqueue(drafts(1...4), at: clock.now())
        let dispatcher = SMSDispatcher(outbox: store.smsOutbox, sender: HTTPSMSGatewaySender(url: server.url, timeout: 5), clock: clock)
        let runs = RunLog()
        let background = BackgroundSMSSender(dispatcher: dispatcher, backoff: .init(initial: 0.05, maximum: 0.2, interval: 0.1)) {
            runs.add($0)
        }
        background.start()
        background.start()                                   // a second start does nothing
        defer { background.stop() }
        #expect(try await eventually { try store.smsOutbox.pending().isEmpty })
        let keys = server.requests.map(\.idempotencyKey)
        #expect(keys == ["match:2026-11:1", "match:2026-11:2", "match:2026-11:2", "match:2026-11:2", "match:2026-11:3",
                         "match:2026-11:4"])
        let all = try store.smsOutbox.all()
        #expect(all.allSatisfy { $0.state == .sent })
        #expect(all.map(\.gatewayID) == ["gw-1", "gw-4", "gw-5", "gw-6"])
        #expect(all[1].attempts == 3 && all[1].lastFailure == "refused with HTTP 503")
        #expect(runs.failedRuns >= 2)

        // A message queued later (a save elsewhere) is sent by a later run without anyone asking, once.
        try store.smsOutbox.enqueue(drafts(5...5), at: clock.now())
        #expect(try await eventually { try store.smsOutbox.pending().isEmpty })
        #expect(server.requests.filter { $0.idempotencyKey == "match:2026-11:5" }.count == 1)
        #expect(server.requests.count == 7)
    }

    @Test("The configuration chooses the sender: a file beside the database by default, an http gateway by URL; anything else is refused by name")
    func configurationChoosesTheSender() throws {
        let file = try SMSConfig.fileBeside(database: "/var/lib/village-kiosk/kiosk.sqlite")
            .makeSender(database: "/var/lib/village-kiosk/kiosk.sqlite", configPath: "kiosk.json")
        #expect((file as? FileSMSSender)?.url.path == "/var/lib/village-kiosk/sms-outbox.jsonl")
        let http = try SMSConfig(sender: "http", url: "https://sms.example/send", token: "t")
            .makeSender(database: "/x/kiosk.sqlite", configPath: "kiosk.json")
        #expect((http as? HTTPSMSGatewaySender)?.url.absoluteString == "https://sms.example/send")
        #expect((http as? HTTPSMSGatewaySender)?.token == "t")
        let badURL = #expect(throws: StartupError.self) {
            try SMSConfig(sender: "http", url: "ftp://x").makeSender(database: "/x/kiosk.sqlite", configPath: "kiosk.json")
        }
        #expect(badURL.map { "\($0)" }?.contains("sms: \"url\" must be an http or https URL") == true)
        let badSender = #expect(throws: StartupError.self) {
            try SMSConfig(sender: "fax").makeSender(database: "/x/kiosk.sqlite", configPath: "kiosk.json")
        }
        #expect(badSender.map { "\($0)" }?.contains("kiosk.json") == true)
        #expect(badSender.map { "\($0)" }?.contains("\"fax\"") == true)
        let json = """
            {"villageCode": "450124100210", "villageName": "那料村", "database": "/x/kiosk.sqlite",
             "sms": {"sender": "http", "url": "http://127.0.0.1:9/sms", "intervalSeconds": 12}}
            """
        let config = try JSONDecoder().decode(KioskConfig.self, from: Data(json.utf8))
        #expect(config.sms == SMSConfig(sender: "http", url: "http://127.0.0.1:9/sms", intervalSeconds: 12))
        #expect(config.sms?.backoff.interval == 12)
    }

    /// The runs the background sender reported.
    final class RunLog: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Result<SMSDispatcher.Summary, any Error>] = []
        func add(_ outcome: Result<SMSDispatcher.Summary, any Error>) { lock.withLock { outcomes.append(outcome) } }
        var failedRuns: Int {
            lock.withLock { outcomes.filter { if case .success(let s) = $0 { s.failed > 0 } else { true } }.count }
        }
    }
}
