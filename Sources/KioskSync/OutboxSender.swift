import Foundation
import KioskDomain
import KioskStore
import Synchronization
import SyncProtocol

/// One sync with the hub: the outbox sent in batches until empty, each entry marked delivered only when the
/// hub acknowledged it, then the county's new decisions and changed reference sets applied, then the village's
/// figures reported.
public struct OutboxSender: Sendable {
    let store: KioskStore
    let client: HubClient
    let clock: KioskClock
    let kioskID: String
    /// Entries per batch.
    let batchSize: Int
    /// When this sender last reported the village's figures.
    let figures = FiguresSchedule()
    /// The shipped policy tables (the county's downloaded ones join them at each report), for the coverage target the task
    /// list's item 10 is judged against; without them the item is reported counted, not judged.
    let policies: PolicyBook?

    /// A sender of `store`'s outbox through `client`.
    public init(store: KioskStore, client: HubClient, clock: KioskClock, kioskID: String, batchSize: Int = 200,
                policies: PolicyBook? = nil) {
        self.policies = policies
        self.store = store
        self.client = client
        self.clock = clock
        self.kioskID = kioskID
        self.batchSize = max(1, min(batchSize, SyncBatch.maximumEntries))
    }

    /// Sends everything waiting and applies the decisions; on failure the error is recorded for the coordinator's
    /// screen and thrown, and whatever was acknowledged before it stays marked.
    @discardableResult
    public func syncOnce(progress: @Sendable (SyncProgress) -> Void = { _ in }) async throws(SyncFailure) -> SyncProgress {
        do {
            return try await run(progress: progress)
        } catch {
            try? store.outbox.recordSyncFailure(at: clock.now(), error: error.description, kind: error.kind)
            throw error
        }
    }

    private func run(progress: @Sendable (SyncProgress) -> Void) async throws(SyncFailure) -> SyncProgress {
        let outbox = store.outbox
        var report = SyncProgress(waitingAtStart: try storeCall { try outbox.pendingCount() })
        while true {
            let pending = try storeCall { try outbox.pendingForSync(limit: batchSize) }
            if pending.isEmpty { break }
            let batch = try makeBatch(pending)
            let receipt: BatchReceipt
            do {
                receipt = try await client.send(batch)
            } catch {
                try? outbox.recordFailedAttempt(entryUUIDs: pending.map(\.entryUUID), at: clock.now(),
                                                error: error.description)
                throw error
            }
            let sent = Set(batch.entries.map(\.id))
            let acknowledged = receipt.acknowledged.intersection(sent)
            let now = clock.now()
            try storeCall {
                try outbox.markDelivered(entryUUIDs: acknowledged.map(\.uuidString), at: now)
                try outbox.recordSyncSuccess(at: now, anchorSequence: receipt.anchor.sequence,
                                             anchorHash: receipt.anchor.hash)
            }
            report.stored += receipt.stored.filter(sent.contains).count
            report.alreadyHeld += receipt.alreadyHeld.filter(sent.contains).count
            if let finding = receipt.auditFinding { report.auditFinding = finding }
            progress(report)
            guard acknowledged.count == sent.count else {
                throw .badAnswer("the hub acknowledged \(acknowledged.count) of \(sent.count) entries")
            }
        }
        report.decisionsApplied = try await applyDecisions()
        let references = ReferenceApplier(store: store, clock: clock)
        let newer = try await client.referenceSets(held: try references.held())
        let applied = try references.apply(newer)
        report.referenceSetsApplied = applied.sets
        report.skippedReferenceRows = applied.skippedRows
        // Last, the village's figures for the county page (a snapshot: only the newest counts), at the sender's first
        // sync and then once an hour: counting the village is slow beside a sync pass every minute.
        let now = clock.now()
        if figures.isDue(at: now) {
            // The county's downloaded tables join the shipped ones, as in the desks.
            _ = try await client.send(try VillageFiguresReport.compute(store: store, clock: clock,
                                                                         policies: policies.map { store.policyBook(shipped: $0) }))
            figures.sent(at: now)
        }
        try storeCall { try outbox.recordSyncSuccess(at: clock.now(), anchorSequence: nil, anchorHash: nil) }
        return report
    }

    /// The batch of `pending`, with the chain's head and the proof of the anchor the hub last acknowledged.
    func makeBatch(_ pending: [SyncOutboxEntry]) throws(SyncFailure) -> SyncBatch {
        let outbox = store.outbox
        let head = try storeCall { try outbox.auditHead() }
        let status = try storeCall { try outbox.syncStatus() }
        var proof: AuditHead?
        if let anchored = status.anchorSequence, anchored <= head.sequence,
           let hash = try storeCall({ try outbox.auditHash(atSequence: anchored) }) {
            proof = AuditHead(sequence: anchored, hash: hash)
        }
        // Each entry carries its receipt's check code (never the key), so the county can check a paper receipt.
        let sealKey = try storeCall { try store.receiptSealKey() }
        var entries = [SyncEntry]()
        for row in pending {
            guard let id = UUID(uuidString: row.entryUUID) else {
                throw .store("outbox entry \(row.receiptNumber) has no valid UUID")
            }
            let receipt = try storeCall { try store.receipt(number: row.receiptNumber) }
            entries.append(SyncEntry(id: id, kind: row.kind, receiptNumber: row.receiptNumber, createdAt: row.createdAt,
                                     payload: row.payload,
                                     receiptCode: receipt.map { ReceiptSeal.code(for: $0, key: sealKey) }))
        }
        return SyncBatch(kioskID: kioskID, auditHead: AuditHead(sequence: head.sequence, hash: head.hash),
                         anchorProof: proof, entries: entries)
    }

    /// Fetches the county's decisions after the last one applied and applies each through the store.
    func applyDecisions() async throws(SyncFailure) -> Int {
        let outbox = store.outbox
        var applied = 0
        while true {
            let after = try storeCall { try outbox.syncStatus().lastDecisionSequence }
            let decisions = try await client.decisions(after: after)
            if decisions.isEmpty { return applied }
            for decision in decisions {
                let county = CountyDecision(sequence: decision.sequence, entryUUID: decision.entryID,
                                            act: decision.act.rawValue, accepted: decision.verdict == .accepted,
                                            reason: decision.reason, decidedBy: decision.decidedBy,
                                            decidedAt: decision.decidedAt)
                if try storeCall({ try store.applyCountyDecision(county, at: clock.now()) }) { applied += 1 }
            }
        }
    }

    private func storeCall<T>(_ body: () throws -> T) throws(SyncFailure) -> T {
        do {
            return try body()
        } catch {
            throw .store(String(describing: error))
        }
    }
}

/// How far a sync got: entries waiting when it began, stored, already held, decisions applied.
public struct SyncProgress: Hashable, Sendable {
    public var waitingAtStart: Int
    public var stored = 0
    public var alreadyHeld = 0
    public var decisionsApplied = 0
    /// County reference sets fetched and applied (only those whose version changed).
    public var referenceSetsApplied = 0
    /// The rows of those sets the kiosk did not apply, each with its set, line and reason (for the technicians' log).
    public var skippedReferenceRows: [String] = []
    /// What the hub found wrong with the kiosk's audit history, if it said so.
    public var auditFinding: String?

    /// Entries acknowledged so far.
    public var acknowledged: Int { stored + alreadyHeld }
}

/// When a sender last reported the village's figures: at its first sync, then again an hour later.
final class FiguresSchedule: Sendable {
    /// How old the county page's figures of a syncing kiosk may grow.
    static let interval: TimeInterval = 3_600
    private let lastSent = Mutex<Date?>(nil)

    func isDue(at instant: Date) -> Bool {
        lastSent.withLock { last in
            guard let last else { return true }
            return instant.timeIntervalSince(last) >= Self.interval
        }
    }

    func sent(at instant: Date) {
        lastSent.withLock { $0 = instant }
    }
}
