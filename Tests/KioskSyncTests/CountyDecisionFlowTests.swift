import Foundation
@testable import HubServer
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

struct CountyDecisionFlowTests {
    typealias F = SyncFixtures

    @Test func aDeathReportAcceptedAtTheHubIsShownAcceptedAtTheKiosk() async throws {
        let store = try F.store()
        let receipt = try F.reportDeath(store)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        let pending = try await hub.storage.pendingActs()
        #expect(pending.map(\.act) == [.deathReport] && pending.map(\.receiptNumber) == [receipt.number])
        #expect(try store.countyDecision(forReceipt: receipt.number) == nil)
        let act = try #require(pending.first)
        _ = try await hub.storage.decide(act.key, verdict: .accepted, reason: nil, officer: "黄科长", at: F.instant)
        let report = try await sender.syncOnce()
        let again = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(report.decisionsApplied == 1 && again.decisionsApplied == 0)
        let applied = try #require(try store.countyDecision(forReceipt: receipt.number))
        #expect(applied.decision.accepted && applied.decision.decidedBy == "黄科长" && applied.decision.act == "deathReport")
        #expect(try store.outbox.syncStatus().lastDecisionSequence == applied.decision.sequence)
        #expect(try store.verifyAudit().isIntact)
        #expect(try await hub.storage.pendingActs().isEmpty)
    }

    @Test func aRefusalReachesTheKioskWithItsReason() async throws {
        let store = try F.store()
        let receipt = try F.reportDeath(store)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        let act = try #require(try await hub.storage.pendingActs().first)
        _ = try await hub.storage.decide(act.key, verdict: .refused, reason: "缺少死亡证明", officer: "黄科长", at: F.instant)
        try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        let applied = try #require(try store.countyDecision(forReceipt: receipt.number))
        #expect(!applied.decision.accepted && applied.decision.reason == "缺少死亡证明")
    }

    @Test func aDecisionAppliedTwiceIsRecordedOnce() throws {
        let store = try F.store()
        let receipt = try F.reportDeath(store)
        let uuid = try #require(try store.outbox.pendingForSync(limit: 10).first { $0.receiptNumber == receipt.number })
        let decision = CountyDecision(sequence: 7, entryUUID: uuid.entryUUID.lowercased(), act: "deathReport",
                                      accepted: true, reason: nil, decidedBy: "黄", decidedAt: "2026-11-30T04:00:00.000Z")
        #expect(try store.applyCountyDecision(decision, at: F.instant))
        #expect(try !store.applyCountyDecision(decision, at: F.instant))
        #expect(try store.countyDecisions().count == 1)
        #expect(try store.outbox.syncStatus().lastDecisionSequence == 7)
    }
}
