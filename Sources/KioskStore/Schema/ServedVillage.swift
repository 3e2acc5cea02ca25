import Foundation
import GRDB

/// The village a database file serves, and the time zone its days are counted in: written once by
/// `kiosk db migrate --village`, `kiosk db seed` or `kiosk run` (from its configuration), and read by
/// every admin command, so none of them ever has to guess (or fall back to the demo village).
public struct ServedVillage: Hashable, Sendable {
    /// The 12-digit statistical code of the village.
    public var villageCode: String
    /// The zone business days are counted in.
    public var timeZone: TimeZone

    /// A village and its zone.
    public init(villageCode: String, timeZone: TimeZone) {
        self.villageCode = villageCode
        self.timeZone = timeZone
    }

    static func registerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12 served village") { db in
            try db.execute(sql: """
                CREATE TABLE served_village (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    village_code TEXT NOT NULL,
                    time_zone TEXT NOT NULL
                )
                """)
        }
    }

    /// The village recorded in the file, or nil when none is.
    static func fetch(_ db: Database) throws -> ServedVillage? {
        guard let row = try Row.fetchOne(db, sql: "SELECT village_code, time_zone FROM served_village WHERE id = 1") else {
            return nil
        }
        let code: String = row["village_code"]
        let zoneName: String = row["time_zone"]
        return ServedVillage(villageCode: code, timeZone: TimeZone(identifier: zoneName) ?? KioskStore.chinaTime)
    }

    /// Records (or replaces) the village and zone of the file.
    static func save(_ village: ServedVillage, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO served_village (id, village_code, time_zone) VALUES (1, ?, ?)",
                       arguments: [village.villageCode, village.timeZone.identifier])
    }

    /// Whether `code` looks like a 12-digit village code.
    public static func isVillageCode(_ code: String) -> Bool {
        code.count == 12 && code.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
