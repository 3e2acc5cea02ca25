import Foundation
import Testing
import KioskDomain
import KioskStore
@testable import KioskServices

/// The SMS outbox's senders: a message is sent once even when the sender fails mid-batch and the batch is retried.
struct SMSDispatchTests {
    let village = "450124100210"
    let clock = KioskClock.fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: KioskStore.chinaTime)

    func outbox(_ count: Int) throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: village)
        try store.smsOutbox.enqueue((1...count).map {
            SMSDraft(idempotencyKey: "match:2026-11:\($0)", phone: try! PhoneNumber("1380013800\($0)"), body: "岗位\($0)", purpose: "match")
        }, at: clock.now())
        return store
    }

    /// A sender that fails on chosen calls and records what it accepted.
    final class FlakySender: SMSSender, @unchecked Sendable {
        var failOn: Set<Int>
        var calls = 0
        var accepted: [String] = []
        init(failOn: Set<Int>) { self.failOn = failOn }
        func send(_ message: SMSMessage) async throws(SMSSendError) -> String {
            calls += 1
            if failOn.contains(calls) { throw .unreachable("down") }
            accepted.append(message.idempotencyKey)
            return "ok-\(calls)"
        }
    }

    @Test func aBatchThatFailsHalfWayAndIsRetriedSendsEveryMessageOnce() async throws {
        let store = try outbox(5)
        let sender = FlakySender(failOn: [3])
        let dispatcher = SMSDispatcher(outbox: store.smsOutbox, sender: sender, clock: clock)
        let first = try await dispatcher.sendPending()
        #expect(first.sent == 2 && first.failed == 1 && first.stoppedEarly)
        let second = try await dispatcher.sendPending()
        #expect(second.sent == 3 && second.failed == 0)
        #expect(sender.accepted == (1...5).map { "match:2026-11:\($0)" })
        let all = try store.smsOutbox.all()
        #expect(all.allSatisfy { $0.state == .sent })
        #expect(all[2].attempts == 2 && all[2].lastFailure == "unreachable: down")
        let third = try await dispatcher.sendPending()
        #expect(third.sent == 0 && sender.accepted.count == 5)
    }

    @Test func theFileSenderAppendsOneLinePerMessage() async throws {
        let store = try outbox(2)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sms-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let summary = try await SMSDispatcher(outbox: store.smsOutbox, sender: FileSMSSender(url: url), clock: clock).sendPending()
        #expect(summary.sent == 2)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("match:2026-11:1") && lines[1].contains("岗位2"))
    }

    @Test func theGatewaySenderPostsEachMessageOnceWithItsKeyAndRecordsTheGatewaysID() async throws {
        let server = try LocalGatewayServer(statuses: [200, 503])
        defer { server.stop() }
        let store = try outbox(3)
        let dispatcher = SMSDispatcher(outbox: store.smsOutbox, sender: HTTPSMSGatewaySender(url: server.url), clock: clock)
        let first = try await dispatcher.sendPending()
        #expect(first.sent == 1 && first.failed == 1)
        #expect(try store.smsOutbox.all()[1].lastFailure == "refused with HTTP 503")
        let second = try await dispatcher.sendPending()
        #expect(second.sent == 2)
        let keys = server.requests.map(\.idempotencyKey)
        #expect(keys == ["match:2026-11:1", "match:2026-11:2", "match:2026-11:2", "match:2026-11:3"])
        #expect(server.requests[0].body.contains("13800138001"))
        let sent = try store.smsOutbox.all()
        #expect(sent.map(\.gatewayID) == ["gw-1", "gw-3", "gw-4"] && sent.allSatisfy { $0.state == .sent })
    }

    @Test func anUnreachableGatewayLeavesTheMessagesPending() async throws {
        let server = try LocalGatewayServer()
        let url = server.url
        server.stop()
        let store = try outbox(2)
        let summary = try await SMSDispatcher(outbox: store.smsOutbox, sender: HTTPSMSGatewaySender(url: url, timeout: 2),
                                              clock: clock).sendPending()
        #expect(summary.sent == 0 && summary.failed == 1)
        #expect(try store.smsOutbox.pending().count == 2)
    }
}
