import Foundation
import Logging
import PostgresNIO
import SyncProtocol

/// The hub's PostgreSQL backend (PostgresNIO): for a county or province running several hub processes on one
/// database. "Stored exactly once" rests on the database's primary keys (`ON CONFLICT DO NOTHING`), never on a process.
public final class PostgresHubStorage: HubStorage {
    let client: PostgresClient
    let logger: Logger
    private let running: Task<Void, Never>

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Connects to `url` (`postgres://user:password@host:port/database`, or `?host=/socket/folder` for a local
    /// socket) and migrates the schema; call `close()` when done.
    public static func connect(url: String, logger: Logger = Logger(label: "kiosk-hub.postgres"))
        async throws(HubStorageError) -> PostgresHubStorage {
        let configuration = try PostgresURL.configuration(url)
        let storage = PostgresHubStorage(client: PostgresClient(configuration: configuration), logger: logger)
        do {
            try await PostgresHubSchema.migrate(storage.client, logger: logger)
        } catch {
            await storage.close()
            throw .cannotOpen("\(PostgresURL.redacted(url)): no connection or the schema could not be set up "
                              + "(check the server runs, the user and the database exist): \(String(reflecting: error))")
        }
        return storage
    }

    /// Closes the connection pool.
    public func close() async {
        running.cancel()
        _ = await running.value
    }

    func run<T>(_ body: () async throws -> T) async throws(HubStorageError) -> T {
        do {
            return try await body()
        } catch let error as HubStorageError {
            throw error
        } catch let error as PostgresTransactionError {
            if let refusal = error.closureError as? HubStorageError { throw refusal }
            throw .databaseFailed(String(reflecting: error))
        } catch {
            throw .databaseFailed(String(reflecting: error))
        }
    }

    public func addKiosk(_ id: String, signingKey: SigningKey, at instant: Date) async throws(HubStorageError) {
        let key = signingKey.text, at = HubInstant.text(instant)
        let inserted = try await run {
            try await client.query("""
                INSERT INTO kiosks (id, signing_key, added_at) VALUES (\(id), \(key), \(at))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, logger: logger).collect().count
        }
        if inserted == 0 { throw .kioskExists(id) }
    }

    public func revokeKiosk(_ id: String, at instant: Date) async throws(HubStorageError) -> Bool {
        let at = HubInstant.text(instant)
        return try await run {
            try await client.query("""
                UPDATE kiosks SET revoked_at = COALESCE(revoked_at, \(at)) WHERE id = \(id) RETURNING id
                """, logger: logger).collect().count > 0
        }
    }

    public func kiosks() async throws(HubStorageError) -> [HubKiosk] {
        try await run {
            var kiosks = [HubKiosk]()
            let rows = try await client.query("SELECT id, added_at, revoked_at, last_sync_at FROM kiosks ORDER BY id",
                                              logger: logger)
            for try await (id, added, revoked, synced) in rows.decode((String, String, String?, String?).self) {
                kiosks.append(HubKiosk(id: id, addedAt: added, revokedAt: revoked, lastSyncAt: synced))
            }
            return kiosks
        }
    }

    public func credential(forKiosk id: String) async throws(HubStorageError) -> KioskCredential? {
        try await run {
            let rows = try await client.query("SELECT signing_key, revoked_at FROM kiosks WHERE id = \(id)", logger: logger)
            for try await (key, revoked) in rows.decode((String, String?).self) {
                guard let signingKey = SigningKey(text: key) else { return nil }
                return KioskCredential(signingKey: signingKey, revoked: revoked != nil)
            }
            return nil
        }
    }

    public func useNonce(_ nonce: String, kiosk: String, at instant: Date,
                         horizon: Date) async throws(HubStorageError) -> Bool {
        let at = HubInstant.text(instant), before = HubInstant.text(horizon)
        return try await run {
            try await client.query("DELETE FROM nonces WHERE seen_at < \(before)", logger: logger)
            return try await client.query("""
                INSERT INTO nonces (kiosk_id, nonce, seen_at) VALUES (\(kiosk), \(nonce), \(at))
                ON CONFLICT DO NOTHING RETURNING nonce
                """, logger: logger).collect().count == 1
        }
    }

    public func store(_ batch: SyncBatch, receivedAt instant: Date) async throws(HubStorageError) -> BatchReceipt {
        let at = HubInstant.text(instant)
        let logger = self.logger
        return try await run {
            try await client.withTransaction(logger: logger) { connection in
                try await PostgresBatchWriter(connection: connection, logger: logger).store(batch, at: at)
            }
        }
    }

    public func pendingActs() async throws(HubStorageError) -> [PendingAct] {
        try await run {
            var acts = [PendingAct]()
            let rows = try await client.query("""
                SELECT e.kiosk_id, e.entry_uuid, e.pending_act, e.receipt_number, e.created_at, e.received_at, e.payload
                FROM entries e LEFT JOIN decisions d ON d.kiosk_id = e.kiosk_id AND d.entry_uuid = e.entry_uuid
                WHERE e.pending_act IS NOT NULL AND d.sequence IS NULL ORDER BY e.received_at, e.kiosk_id, e.created_at
                """, logger: logger)
            for try await (kiosk, uuid, act, receipt, created, received, payload)
                in rows.decode((String, String, String, String, String, String, String).self) {
                guard let id = UUID(uuidString: uuid), let kind = PendingActKind(rawValue: act) else { continue }
                acts.append(PendingAct(key: EntryKey(kioskID: kiosk, entryID: id), act: kind, receiptNumber: receipt,
                                       createdAt: created, receivedAt: received, payload: payload))
            }
            return acts
        }
    }

    public func decide(_ key: EntryKey, verdict: ReviewVerdict, reason: String?, officer: String,
                       at instant: Date) async throws(HubStorageError) -> ReviewDecision {
        if verdict == .refused && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .reasonRequired
        }
        let at = HubInstant.text(instant), kiosk = key.kioskID, uuid = key.entryID.uuidString
        let verdictText = verdict.rawValue
        let logger = self.logger
        return try await run {
            try await client.withTransaction(logger: logger) { connection in
                var act: PendingActKind?
                var found = false
                let rows = try await connection.query(
                    "SELECT pending_act FROM entries WHERE kiosk_id = \(kiosk) AND entry_uuid = \(uuid)", logger: logger)
                for try await pending in rows.decode(String?.self) {
                    found = true
                    act = pending.flatMap(PendingActKind.init(rawValue:))
                }
                guard found else { throw HubStorageError.noSuchEntry(key.description) }
                guard let act else { throw HubStorageError.notPending(key.description) }
                let actText = act.rawValue
                let inserted = try await connection.query("""
                    INSERT INTO decisions (kiosk_id, entry_uuid, act, verdict, reason, decided_by, decided_at)
                    VALUES (\(kiosk), \(uuid), \(actText), \(verdictText), \(reason), \(officer), \(at))
                    ON CONFLICT (kiosk_id, entry_uuid) DO NOTHING RETURNING sequence
                    """, logger: logger)
                for try await sequence in inserted.decode(Int64.self) {
                    return ReviewDecision(sequence: sequence, entryID: uuid, act: act, verdict: verdict, reason: reason,
                                          decidedBy: officer, decidedAt: at)
                }
                throw HubStorageError.alreadyDecided(key.description)
            }
        }
    }

    public func decisions(forKiosk id: String, after sequence: Int64) async throws(HubStorageError) -> [ReviewDecision] {
        try await run {
            var decisions = [ReviewDecision]()
            let rows = try await client.query("""
                SELECT sequence, entry_uuid, act, verdict, reason, decided_by, decided_at FROM decisions
                WHERE kiosk_id = \(id) AND sequence > \(sequence) ORDER BY sequence LIMIT 500
                """, logger: logger)
            for try await (number, uuid, act, verdict, reason, officer, at)
                in rows.decode((Int64, String, String, String, String?, String, String).self) {
                guard let kind = PendingActKind(rawValue: act), let decided = ReviewVerdict(rawValue: verdict) else { continue }
                decisions.append(ReviewDecision(sequence: number, entryID: uuid, act: kind, verdict: decided,
                                                reason: reason, decidedBy: officer, decidedAt: at))
            }
            return decisions
        }
    }

    public func auditFindings() async throws(HubStorageError) -> [AuditFinding] {
        try await run {
            var findings = [AuditFinding]()
            let rows = try await client.query("SELECT kiosk_id, found_at, problem FROM audit_findings ORDER BY id",
                                              logger: logger)
            for try await (kiosk, at, problem) in rows.decode((String, String, String).self) {
                findings.append(AuditFinding(kioskID: kiosk, foundAt: at, problem: problem))
            }
            return findings
        }
    }

    public func entryCounts() async throws(HubStorageError) -> [KioskEntryCount] {
        try await run {
            var counts = [KioskEntryCount]()
            let rows = try await client.query("""
                SELECT k.id, k.last_sync_at,
                    (SELECT COUNT(*) FROM entries e WHERE e.kiosk_id = k.id),
                    (SELECT COUNT(*) FROM entries e LEFT JOIN decisions d
                        ON d.kiosk_id = e.kiosk_id AND d.entry_uuid = e.entry_uuid
                     WHERE e.kiosk_id = k.id AND e.pending_act IS NOT NULL AND d.sequence IS NULL)
                FROM kiosks k ORDER BY k.id
                """, logger: logger)
            for try await (id, synced, entries, pending) in rows.decode((String, String?, Int64, Int64).self) {
                counts.append(KioskEntryCount(kioskID: id, entries: Int(entries), pendingActs: Int(pending),
                                              lastSyncAt: synced))
            }
            return counts
        }
    }

    public func entries(withReceipt number: String) async throws(HubStorageError) -> [HubReceiptEntry] {
        try await run {
            var entries = [HubReceiptEntry]()
            let rows = try await client.query("""
                SELECT kiosk_id, entry_uuid, kind, receipt_number, created_at, received_at, receipt_code FROM entries
                WHERE receipt_number = \(number) ORDER BY kiosk_id, created_at
                """, logger: logger)
            for try await (kiosk, uuid, kind, receipt, created, received, code)
                in rows.decode((String, String, String, String, String, String, String?).self) {
                guard let id = UUID(uuidString: uuid) else { continue }
                entries.append(HubReceiptEntry(key: EntryKey(kioskID: kiosk, entryID: id), kind: kind, receiptNumber: receipt,
                                               createdAt: created, receivedAt: received, receiptCode: code))
            }
            return entries
        }
    }

    public func publishReference(_ kind: ReferenceKind, content: String, publishedBy officer: String,
                                 at instant: Date) async throws(HubStorageError) -> ReferenceSet {
        let at = HubInstant.text(instant), digest = ReferenceSet.digest(of: content), name = kind.rawValue
        let logger = self.logger
        return try await run {
            try await client.withTransaction(logger: logger) { connection in
                // Two hub processes publishing one kind at once take the next two versions, never the same one.
                try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("reference:" + name)))",
                                           logger: logger)
                var version: Int64 = 1
                let rows = try await connection.query(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM reference_sets WHERE kind = \(name)", logger: logger)
                for try await next in rows.decode(Int64.self) { version = next }
                try await connection.query("""
                    INSERT INTO reference_sets (kind, version, content, digest, published_at, published_by)
                    VALUES (\(name), \(version), \(content), \(digest), \(at), \(officer))
                    """, logger: logger)
                return ReferenceSet(kind: kind, version: version, publishedAt: at, digest: digest, content: content)
            }
        }
    }

    public func referenceSets(newerThan held: [ReferenceKind: Int64]) async throws(HubStorageError) -> [ReferenceSet] {
        try await run {
            var sets = [ReferenceSet]()
            for kind in ReferenceKind.allCases {
                let name = kind.rawValue, after = held[kind] ?? 0
                let rows = try await client.query("""
                    SELECT version, content, digest, published_at FROM reference_sets
                    WHERE kind = \(name) AND version > \(after) ORDER BY version DESC LIMIT 1
                    """, logger: logger)
                for try await (version, content, digest, at) in rows.decode((Int64, String, String, String).self) {
                    sets.append(ReferenceSet(kind: kind, version: version, publishedAt: at, digest: digest, content: content))
                }
            }
            return sets
        }
    }

    public func referenceHistory() async throws(HubStorageError) -> [PublishedReference] {
        try await run {
            var published = [PublishedReference]()
            let rows = try await client.query("""
                SELECT kind, version, published_at, published_by, digest, octet_length(content)
                FROM reference_sets ORDER BY kind, version DESC
                """, logger: logger)
            for try await (kind, version, at, officer, digest, bytes)
                in rows.decode((String, Int64, String, String, String, Int32).self) {
                guard let known = ReferenceKind(rawValue: kind) else { continue }
                published.append(PublishedReference(kind: known, version: version, publishedAt: at, publishedBy: officer,
                                                    digest: digest, bytes: Int(bytes)))
            }
            return published
        }
    }

    public func keepFigures(_ figures: VillageFigures, kiosk: String,
                            at instant: Date) async throws(HubStorageError) -> Bool {
        let at = HubInstant.text(instant), f = figures
        let adults = Int64(f.adults), insured = Int64(f.insured), judged = Int64(f.taskItemsJudged)
        let met = Int64(f.taskItemsMet), waiting = Int64(f.waiting)
        return try await run {
            try await client.query("""
                INSERT INTO kiosk_figures (kiosk_id, village_code, computed_at, adults, insured, task_items_judged,
                                           task_items_met, waiting, received_at)
                VALUES (\(kiosk), \(f.villageCode), \(f.computedAt), \(adults), \(insured), \(judged), \(met),
                        \(waiting), \(at))
                ON CONFLICT (kiosk_id) DO UPDATE SET village_code = excluded.village_code,
                    computed_at = excluded.computed_at, adults = excluded.adults, insured = excluded.insured,
                    task_items_judged = excluded.task_items_judged, task_items_met = excluded.task_items_met,
                    waiting = excluded.waiting, received_at = excluded.received_at
                WHERE excluded.computed_at > kiosk_figures.computed_at
                RETURNING kiosk_id
                """, logger: logger).collect().count > 0
        }
    }

    public func villageFigures() async throws(HubStorageError) -> [String: VillageFigures] {
        try await run {
            var figures = [String: VillageFigures]()
            let rows = try await client.query("""
                SELECT kiosk_id, village_code, computed_at, adults, insured, task_items_judged, task_items_met, waiting
                FROM kiosk_figures
                """, logger: logger)
            for try await (kiosk, village, computed, adults, insured, judged, met, waiting)
                in rows.decode((String, String, String, Int64, Int64, Int64, Int64, Int64).self) {
                figures[kiosk] = VillageFigures(villageCode: village, computedAt: computed, adults: Int(adults),
                                                insured: Int(insured), taskItemsJudged: Int(judged),
                                                taskItemsMet: Int(met), waiting: Int(waiting))
            }
            return figures
        }
    }
}
