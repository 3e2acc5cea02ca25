import GRDB

/// An outbox entry as the upstream sync sends it: the row's content under the UUID it was given when written.
public struct SyncOutboxEntry: Hashable, Sendable, FetchableRecord {
    /// The UUID assigned when the entry was written (upper-case text).
    public var entryUUID: String
    public var kind: String
    /// The receipt number.
    public var receiptNumber: String
    public var payload: String
    public var createdAt: String
    /// Delivery attempts so far.
    public var attempts: Int

    public init(row: Row) {
        entryUUID = row["entry_uuid"]
        kind = row["kind"]
        receiptNumber = row["idempotency_key"]
        payload = row["payload"]
        createdAt = row["created_at"]
        attempts = row["attempts"]
    }
}
