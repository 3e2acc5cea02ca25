import Foundation
import GRDB

/// The queue of records waiting for upstream delivery.
public struct Outbox: Sendable {
    let database: DatabaseQueue

    /// Undelivered entries, oldest first.
    public func pending(limit: Int = 100) throws -> [OutboxEntry] {
        try database.read { db in
            try OutboxEntry.filter(Column("delivered_at") == nil).order(Column("id")).limit(limit).fetchAll(db)
        }
    }

    /// How many entries wait for delivery.
    public func pendingCount() throws -> Int {
        try database.read { db in try OutboxEntry.filter(Column("delivered_at") == nil).fetchCount(db) }
    }

    /// Records that an entry reached upstream.
    public func markDelivered(id: Int64, at instant: Date) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_attempt_at = ? WHERE id = ?",
                           arguments: [Timestamp.text(instant), Timestamp.text(instant), id])
        }
    }

    /// Records a failed delivery attempt and why.
    public func recordFailedAttempt(id: Int64, at instant: Date, error: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? WHERE id = ?",
                           arguments: [Timestamp.text(instant), error, id])
        }
    }
}
