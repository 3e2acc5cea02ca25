import Foundation
import GRDB

extension Outbox {
    /// Entries not yet acknowledged by the hub, oldest first, with the UUIDs they were written under.
    public func pendingForSync(limit: Int) throws -> [SyncOutboxEntry] {
        try database.read { db in
            try SyncOutboxEntry.fetchAll(db, sql: """
                SELECT entry_uuid, kind, idempotency_key, payload, created_at, attempts FROM outbox
                WHERE delivered_at IS NULL ORDER BY id LIMIT ?
                """, arguments: [limit])
        }
    }

    /// Marks the entries the hub acknowledged, in one transaction; entries already marked keep their first instant.
    /// Returns how many were newly marked.
    @discardableResult
    public func markDelivered(entryUUIDs: [String], at instant: Date) throws -> Int {
        guard !entryUUIDs.isEmpty else { return 0 }
        let at = Timestamp.text(instant)
        return try database.write { db in
            var marked = 0
            for uuid in entryUUIDs {
                try db.execute(sql: """
                    UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = NULL
                    WHERE entry_uuid = ? AND delivered_at IS NULL
                    """, arguments: [at, at, uuid.uppercased()])
                marked += db.changesCount
            }
            return marked
        }
    }

    /// Records a failed attempt to send these entries, and why.
    public func recordFailedAttempt(entryUUIDs: [String], at instant: Date, error: String) throws {
        let at = Timestamp.text(instant)
        try database.write { db in
            for uuid in entryUUIDs {
                try db.execute(sql: """
                    UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?
                    WHERE entry_uuid = ? AND delivered_at IS NULL
                    """, arguments: [at, error, uuid.uppercased()])
            }
        }
    }

    /// Deletes delivered entries acknowledged before `cutoff` (the retention period is the caller's); returns how many.
    @discardableResult
    public func purgeDelivered(before cutoff: Date) throws -> Int {
        try database.write { db in
            try db.execute(sql: "DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?",
                           arguments: [Timestamp.text(cutoff)])
            return db.changesCount
        }
    }

    /// The head of the audit chain: the last entry's sequence and hash (sequence 0 and the genesis hash when empty).
    public func auditHead() throws -> (sequence: Int64, hash: String) {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1")
            return (row?["sequence"] ?? 0, row?["hash"] ?? AuditChain.genesis)
        }
    }

    /// The hash the local chain holds at `sequence` now (nil when there is no such entry).
    public func auditHash(atSequence sequence: Int64) throws -> String? {
        if sequence == 0 { return AuditChain.genesis }
        return try database.read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM audit_entries WHERE sequence = ?", arguments: [sequence])
        }
    }
}
