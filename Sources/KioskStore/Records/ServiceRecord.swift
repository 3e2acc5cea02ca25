import GRDB

/// A row type of the service tables: snake_case columns, an auto-incremented id, the receipt it belongs to.
public protocol ServiceRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
    var receiptNumber: String? { get set }
}

extension ServiceRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
