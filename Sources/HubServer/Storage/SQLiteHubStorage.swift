import Foundation
import GRDB
import SyncProtocol

/// The hub's embedded backend: one SQLite file through GRDB (WAL), so a county starts a hub with one command.
public final class SQLiteHubStorage: HubStorage {
    let database: any DatabaseWriter

    init(database: any DatabaseWriter) {
        self.database = database
    }

    /// Opens (creating if needed) and migrates the hub's database file.
    public static func open(path: String) throws(HubStorageError) -> SQLiteHubStorage {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteHubSchema.migrator.migrate(pool)
            return SQLiteHubStorage(database: pool)
        } catch {
            throw .cannotOpen("\(path): \(error)")
        }
    }

    /// A migrated hub database in memory (tests).
    public static func inMemory() throws(HubStorageError) -> SQLiteHubStorage {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(configuration: configuration)
            try SQLiteHubSchema.migrator.migrate(queue)
            return SQLiteHubStorage(database: queue)
        } catch {
            throw .cannotOpen("in memory: \(error)")
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(HubStorageError) -> T {
        do {
            return try await database.write(body)
        } catch let error as HubStorageError {
            throw error
        } catch {
            throw .databaseFailed(String(describing: error))
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(HubStorageError) -> T {
        do {
            return try await database.read(body)
        } catch let error as HubStorageError {
            throw error
        } catch {
            throw .databaseFailed(String(describing: error))
        }
    }

    public func addKiosk(_ id: String, signingKey: SigningKey, at instant: Date) async throws(HubStorageError) {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM kiosks WHERE id = ?", arguments: [id]) != nil {
                throw HubStorageError.kioskExists(id)
            }
            try db.execute(sql: "INSERT INTO kiosks (id, signing_key, added_at) VALUES (?, ?, ?)",
                           arguments: [id, signingKey.text, HubInstant.text(instant)])
        }
    }

    public func revokeKiosk(_ id: String, at instant: Date) async throws(HubStorageError) -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE kiosks SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?",
                           arguments: [HubInstant.text(instant), id])
            return db.changesCount > 0
        }
    }

    public func kiosks() async throws(HubStorageError) -> [HubKiosk] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM kiosks ORDER BY id").map { row in
                HubKiosk(id: row["id"], addedAt: row["added_at"], revokedAt: row["revoked_at"],
                         lastSyncAt: row["last_sync_at"])
            }
        }
    }

    public func credential(forKiosk id: String) async throws(HubStorageError) -> KioskCredential? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT signing_key, revoked_at FROM kiosks WHERE id = ?",
                                             arguments: [id]),
                  let key = SigningKey(text: row["signing_key"]) else { return nil }
            return KioskCredential(signingKey: key, revoked: (row["revoked_at"] as String?) != nil)
        }
    }

    public func useNonce(_ nonce: String, kiosk: String, at instant: Date,
                         horizon: Date) async throws(HubStorageError) -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM nonces WHERE seen_at < ?", arguments: [HubInstant.text(horizon)])
            try db.execute(sql: "INSERT INTO nonces (kiosk_id, nonce, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                           arguments: [kiosk, nonce, HubInstant.text(instant)])
            return db.changesCount == 1
        }
    }

    public func store(_ batch: SyncBatch, receivedAt instant: Date) async throws(HubStorageError) -> BatchReceipt {
        try await write { db in try Self.store(batch, at: HubInstant.text(instant), db) }
    }

    static func store(_ batch: SyncBatch, at: String, _ db: Database) throws -> BatchReceipt {
        var stored = [UUID]()
        var held = [UUID]()
        for entry in batch.entries {
            try db.execute(sql: """
                INSERT INTO entries (kiosk_id, entry_uuid, kind, receipt_number, created_at, payload, received_at, pending_act,
                                     receipt_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, entry_uuid) DO NOTHING
                """, arguments: [batch.kioskID, entry.id.uuidString, entry.kind, entry.receiptNumber, entry.createdAt,
                                 entry.payload, at, entry.pendingAct?.rawValue, entry.receiptCode])
            if db.changesCount == 1 { stored.append(entry.id) } else { held.append(entry.id) }
        }
        let latest = try Row.fetchOne(db, sql: """
            SELECT sequence, hash FROM audit_heads WHERE kiosk_id = ? ORDER BY sequence DESC LIMIT 1
            """, arguments: [batch.kioskID]).map { AuditHead(sequence: $0["sequence"], hash: $0["hash"]) }
        let heldAtProof = try batch.anchorProof.flatMap { proof in
            try String.fetchOne(db, sql: "SELECT hash FROM audit_heads WHERE kiosk_id = ? AND sequence = ?",
                                arguments: [batch.kioskID, proof.sequence])
        }
        let finding = AuditAnchoring.finding(head: batch.auditHead, proof: batch.anchorProof, latest: latest,
                                             heldAtProof: heldAtProof)
        if let finding {
            try db.execute(sql: "INSERT INTO audit_findings (kiosk_id, found_at, problem) VALUES (?, ?, ?)",
                           arguments: [batch.kioskID, at, finding])
        }
        try db.execute(sql: """
            INSERT INTO audit_heads (kiosk_id, sequence, hash, received_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (kiosk_id, sequence) DO NOTHING
            """, arguments: [batch.kioskID, batch.auditHead.sequence, batch.auditHead.hash, at])
        try db.execute(sql: "UPDATE kiosks SET last_sync_at = ? WHERE id = ?", arguments: [at, batch.kioskID])
        return BatchReceipt(stored: stored, alreadyHeld: held, anchor: batch.auditHead, auditFinding: finding)
    }

    public func pendingActs() async throws(HubStorageError) -> [PendingAct] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.* FROM entries e LEFT JOIN decisions d ON d.kiosk_id = e.kiosk_id AND d.entry_uuid = e.entry_uuid
                WHERE e.pending_act IS NOT NULL AND d.sequence IS NULL ORDER BY e.received_at, e.kiosk_id, e.created_at
                """).compactMap(Self.pendingAct)
        }
    }

    static func pendingAct(_ row: Row) -> PendingAct? {
        guard let uuid = UUID(uuidString: row["entry_uuid"]),
              let act = PendingActKind(rawValue: row["pending_act"]) else { return nil }
        return PendingAct(key: EntryKey(kioskID: row["kiosk_id"], entryID: uuid), act: act,
                          receiptNumber: row["receipt_number"], createdAt: row["created_at"],
                          receivedAt: row["received_at"], payload: row["payload"])
    }

    public func decide(_ key: EntryKey, verdict: ReviewVerdict, reason: String?, officer: String,
                       at instant: Date) async throws(HubStorageError) -> ReviewDecision {
        if verdict == .refused && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw .reasonRequired
        }
        let at = HubInstant.text(instant)
        return try await write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT pending_act FROM entries WHERE kiosk_id = ? AND entry_uuid = ?",
                                             arguments: [key.kioskID, key.entryID.uuidString]) else {
                throw HubStorageError.noSuchEntry(key.description)
            }
            guard let act = (row["pending_act"] as String?).flatMap(PendingActKind.init(rawValue:)) else {
                throw HubStorageError.notPending(key.description)
            }
            try db.execute(sql: """
                INSERT INTO decisions (kiosk_id, entry_uuid, act, verdict, reason, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk_id, entry_uuid) DO NOTHING
                """, arguments: [key.kioskID, key.entryID.uuidString, act.rawValue, verdict.rawValue, reason, officer, at])
            guard db.changesCount == 1 else { throw HubStorageError.alreadyDecided(key.description) }
            return ReviewDecision(sequence: db.lastInsertedRowID, entryID: key.entryID.uuidString, act: act,
                                  verdict: verdict, reason: reason, decidedBy: officer, decidedAt: at)
        }
    }

    public func decisions(forKiosk id: String, after sequence: Int64) async throws(HubStorageError) -> [ReviewDecision] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decisions WHERE kiosk_id = ? AND sequence > ? ORDER BY sequence LIMIT 500",
                             arguments: [id, sequence]).compactMap { row in
                guard let act = PendingActKind(rawValue: row["act"]),
                      let verdict = ReviewVerdict(rawValue: row["verdict"]) else { return nil }
                return ReviewDecision(sequence: row["sequence"], entryID: row["entry_uuid"], act: act, verdict: verdict,
                                      reason: row["reason"], decidedBy: row["decided_by"], decidedAt: row["decided_at"])
            }
        }
    }

    public func auditFindings() async throws(HubStorageError) -> [AuditFinding] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_findings ORDER BY id").map { row in
                AuditFinding(kioskID: row["kiosk_id"], foundAt: row["found_at"], problem: row["problem"])
            }
        }
    }

    public func entryCounts() async throws(HubStorageError) -> [KioskEntryCount] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT k.id, k.last_sync_at,
                    (SELECT COUNT(*) FROM entries e WHERE e.kiosk_id = k.id) AS entries,
                    (SELECT COUNT(*) FROM entries e LEFT JOIN decisions d
                        ON d.kiosk_id = e.kiosk_id AND d.entry_uuid = e.entry_uuid
                     WHERE e.kiosk_id = k.id AND e.pending_act IS NOT NULL AND d.sequence IS NULL) AS pending
                FROM kiosks k ORDER BY k.id
                """).map { row in
                KioskEntryCount(kioskID: row["id"], entries: row["entries"], pendingActs: row["pending"],
                                lastSyncAt: row["last_sync_at"])
            }
        }
    }

    public func entries(withReceipt number: String) async throws(HubStorageError) -> [HubReceiptEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT kiosk_id, entry_uuid, kind, receipt_number, created_at, received_at, receipt_code FROM entries
                WHERE receipt_number = ? ORDER BY kiosk_id, created_at
                """, arguments: [number]).compactMap { row in
                guard let uuid = UUID(uuidString: row["entry_uuid"]) else { return nil }
                return HubReceiptEntry(key: EntryKey(kioskID: row["kiosk_id"], entryID: uuid), kind: row["kind"],
                                       receiptNumber: row["receipt_number"], createdAt: row["created_at"],
                                       receivedAt: row["received_at"], receiptCode: row["receipt_code"])
            }
        }
    }

    public func publishReference(_ kind: ReferenceKind, content: String, publishedBy officer: String,
                                 at instant: Date) async throws(HubStorageError) -> ReferenceSet {
        let at = HubInstant.text(instant), digest = ReferenceSet.digest(of: content)
        return try await write { db in
            let version = (try Int64.fetchOne(db, sql: "SELECT MAX(version) FROM reference_sets WHERE kind = ?",
                                              arguments: [kind.rawValue]) ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO reference_sets (kind, version, content, digest, published_at, published_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [kind.rawValue, version, content, digest, at, officer])
            return ReferenceSet(kind: kind, version: version, publishedAt: at, digest: digest, content: content)
        }
    }

    public func referenceSets(newerThan held: [ReferenceKind: Int64]) async throws(HubStorageError) -> [ReferenceSet] {
        try await read { db in
            try ReferenceKind.allCases.compactMap { kind in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT version, content, digest, published_at FROM reference_sets
                    WHERE kind = ? AND version > ? ORDER BY version DESC LIMIT 1
                    """, arguments: [kind.rawValue, held[kind] ?? 0]) else { return nil }
                return ReferenceSet(kind: kind, version: row["version"], publishedAt: row["published_at"],
                                    digest: row["digest"], content: row["content"])
            }
        }
    }

    public func referenceHistory() async throws(HubStorageError) -> [PublishedReference] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, version, published_at, published_by, digest, length(CAST(content AS BLOB)) AS bytes
                FROM reference_sets ORDER BY kind, version DESC
                """).compactMap { row in
                guard let kind = ReferenceKind(rawValue: row["kind"]) else { return nil }
                return PublishedReference(kind: kind, version: row["version"], publishedAt: row["published_at"],
                                          publishedBy: row["published_by"], digest: row["digest"], bytes: row["bytes"])
            }
        }
    }

    public func keepFigures(_ figures: VillageFigures, kiosk: String,
                            at instant: Date) async throws(HubStorageError) -> Bool {
        let at = HubInstant.text(instant)
        return try await write { db in
            try db.execute(sql: """
                INSERT INTO kiosk_figures (kiosk_id, village_code, computed_at, adults, insured, task_items_judged,
                                           task_items_met, waiting, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET village_code = excluded.village_code,
                    computed_at = excluded.computed_at, adults = excluded.adults, insured = excluded.insured,
                    task_items_judged = excluded.task_items_judged, task_items_met = excluded.task_items_met,
                    waiting = excluded.waiting, received_at = excluded.received_at
                WHERE excluded.computed_at > kiosk_figures.computed_at
                """, arguments: [kiosk, figures.villageCode, figures.computedAt, figures.adults, figures.insured,
                                 figures.taskItemsJudged, figures.taskItemsMet, figures.waiting, at])
            return db.changesCount > 0
        }
    }

    public func villageFigures() async throws(HubStorageError) -> [String: VillageFigures] {
        try await read { db in
            var figures = [String: VillageFigures]()
            for row in try Row.fetchAll(db, sql: "SELECT * FROM kiosk_figures") {
                figures[row["kiosk_id"]] = VillageFigures(
                    villageCode: row["village_code"], computedAt: row["computed_at"], adults: row["adults"],
                    insured: row["insured"], taskItemsJudged: row["task_items_judged"], taskItemsMet: row["task_items_met"],
                    waiting: row["waiting"])
            }
            return figures
        }
    }
}
