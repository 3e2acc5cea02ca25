import GRDB

/// A row of `audit_entries`: who did what for whom and when, chained to the entry before by SHA-256.
public struct AuditEntry: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_entries"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    /// 1, 2, 3, ... in order of writing.
    public var sequence: Int64
    public var recordedAt: String
    /// `Actor.auditText`.
    public var actor: String
    public var personId: String?
    /// The service (`ServiceKind` raw value) or another action such as `demoSeed`.
    public var action: String
    public var receiptNumber: String?
    /// Sorted-key JSON of the summary.
    public var detail: String
    public var previousHash: String
    public var hash: String
}
