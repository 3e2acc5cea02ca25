import Foundation
import GRDB

extension Outbox {
    /// Entries waiting, the last success and error, the anchor and the last decision applied.
    public func syncStatus() throws -> SyncStatus {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM sync_state WHERE id = 1")
            let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL") ?? 0
            let delivered = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NOT NULL") ?? 0
            return SyncStatus(
                waiting: waiting, delivered: delivered,
                lastSuccessAt: (row?["last_success_at"] as String?).flatMap(Timestamp.date),
                lastError: row?["last_error"], lastErrorAt: (row?["last_error_at"] as String?).flatMap(Timestamp.date),
                lastErrorKind: (row?["last_error_kind"] as String?).flatMap(SyncErrorKind.init(rawValue:)),
                anchorSequence: row?["anchor_sequence"], anchorHash: row?["anchor_hash"],
                lastDecisionSequence: row?["last_decision_sequence"] ?? 0)
        }
    }

    /// Records a successful exchange with the hub and the audit head it acknowledged; clears the last error.
    public func recordSyncSuccess(at instant: Date, anchorSequence: Int64?, anchorHash: String?) throws {
        try database.write { db in
            try db.execute(sql: """
                UPDATE sync_state SET last_success_at = ?, last_error = NULL, last_error_at = NULL, last_error_kind = NULL,
                    anchor_sequence = COALESCE(?, anchor_sequence), anchor_hash = COALESCE(?, anchor_hash)
                WHERE id = 1
                """, arguments: [Timestamp.text(instant), anchorSequence, anchorHash])
        }
    }

    /// Records why the last exchange failed, in plain words, and its kind.
    public func recordSyncFailure(at instant: Date, error: String, kind: SyncErrorKind? = nil) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE sync_state SET last_error = ?, last_error_at = ?, last_error_kind = ? WHERE id = 1",
                           arguments: [error, Timestamp.text(instant), kind?.rawValue])
        }
    }
}
