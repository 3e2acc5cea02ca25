import GRDB

/// A row of `outbox`: one business record waiting to be delivered upstream.
public struct OutboxEntry: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outbox"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    /// Upstream uses it to drop duplicates: the receipt number.
    public var idempotencyKey: String
    /// The service (`ServiceKind` raw value).
    public var kind: String
    /// JSON of the receipt and the decision's records.
    public var payload: String
    public var createdAt: String
    public var attempts: Int
    public var lastAttemptAt: String?
    public var lastError: String?
    public var deliveredAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
