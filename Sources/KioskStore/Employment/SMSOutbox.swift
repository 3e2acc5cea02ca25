import Foundation
import GRDB
import KioskDomain

/// The SMS outbox (table `sms_messages`): messages are stored first, then handed to a sender one by one; each is
/// marked sent as soon as its sender accepts it, so a batch that fails half-way and is retried sends nothing twice.
public struct SMSOutbox: Sendable {
    /// Attempts before a message is marked failed (assumed).
    public static let maximumAttempts = 5

    let database: DatabaseQueue

    /// Stores drafts in one transaction; a draft whose key is already stored is skipped. Returns how many were new.
    @discardableResult
    public func enqueue(_ drafts: [SMSDraft], at instant: Date) throws(StoreError) -> Int {
        do {
            return try database.write { db in try Self.enqueue(db, drafts, at: instant) }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    static func enqueue(_ db: Database, _ drafts: [SMSDraft], at instant: Date) throws -> Int {
        var added = 0
        for draft in drafts {
            try db.execute(sql: """
                INSERT INTO sms_messages (idempotency_key, phone, body, purpose, person_id, created_at, state)
                VALUES (?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT (idempotency_key) DO NOTHING
                """, arguments: [draft.idempotencyKey, draft.phone.value, draft.body, draft.purpose, draft.personID?.value,
                                 Timestamp.text(instant)])
            added += db.changesCount
        }
        return added
    }

    /// Messages still to send, oldest first.
    public func pending(limit: Int = 500) throws -> [SMSMessage] {
        try messages(sql: "SELECT * FROM sms_messages WHERE state = 'pending' ORDER BY id LIMIT ?", [limit])
    }

    /// Every message, oldest first.
    public func all() throws -> [SMSMessage] {
        try messages(sql: "SELECT * FROM sms_messages ORDER BY id", [])
    }

    /// Records that the sender accepted a message (only a pending one: a message is never sent twice).
    public func markSent(_ id: Int64, gatewayID: String, at instant: Date) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(sql: """
                    UPDATE sms_messages SET state = 'sent', gateway_id = ?, sent_at = ?, attempts = attempts + 1
                    WHERE id = ? AND state = 'pending'
                    """, arguments: [gatewayID, Timestamp.text(instant), id])
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Records a failed attempt; after the maximum the message is marked failed.
    public func markFailed(_ id: Int64, reason: String, at instant: Date) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(sql: """
                    UPDATE sms_messages SET attempts = attempts + 1, last_failure = ?,
                        state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END
                    WHERE id = ? AND state = 'pending'
                    """, arguments: [reason, Self.maximumAttempts, id])
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Messages sent for a purpose whose key starts with a prefix (e.g. the month's matches).
    public func count(keyPrefix: String, state: SMSMessage.State? = nil) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sms_messages WHERE idempotency_key LIKE ? AND (? IS NULL OR state = ?)",
                             arguments: [keyPrefix + "%", state?.rawValue, state?.rawValue]) ?? 0
        }
    }

    private func messages(sql: String, _ arguments: [any DatabaseValueConvertible]) throws -> [SMSMessage] {
        try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap { row in
                guard let phone = try? PhoneNumber(row["phone"] as String),
                      let state = SMSMessage.State(rawValue: row["state"]) else { return nil }
                return SMSMessage(id: row["id"], idempotencyKey: row["idempotency_key"], phone: phone, body: row["body"],
                                  purpose: row["purpose"], personID: (row["person_id"] as String?).flatMap { try? IDNumber($0) },
                                  state: state, attempts: row["attempts"], gatewayID: row["gateway_id"],
                                  sentAt: (row["sent_at"] as String?).flatMap(Timestamp.date), lastFailure: row["last_failure"])
            }
        }
    }
}

extension KioskStore {
    /// The SMS outbox.
    public var smsOutbox: SMSOutbox { SMSOutbox(database: database) }
}
