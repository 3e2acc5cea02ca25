import Foundation
import GRDB
import KioskDomain

/// The kiosk's durable store: one SQLite file (WAL, foreign keys, synchronous FULL) holding people,
/// accounts, service records, receipts, the audit chain and the outbox.
public final class KioskStore: Sendable {
    /// The GRDB queue; every write goes through it, one transaction at a time.
    public let database: DatabaseQueue
    /// The 12-digit code of the village this kiosk serves (first part of receipt numbers).
    public let villageCode: String
    /// The zone business days are counted in.
    public let timeZone: TimeZone

    init(database: DatabaseQueue, villageCode: String, timeZone: TimeZone) {
        self.database = database
        self.villageCode = villageCode
        self.timeZone = timeZone
    }

    /// China Standard Time, the kiosk's zone.
    public static let chinaTime = TimeZone(identifier: "Asia/Shanghai")!

    /// Opens (creating if needed) and migrates the database file at `path`.
    ///
    /// With `villageCode`, the file serves that village: a new file records it (and `timeZone`, China's by
    /// default), and a file recorded for another village is refused. Without it, the file must already
    /// record its village (admin commands never guess one): a missing file is then refused before anything is created
    /// (`kiosk db migrate --village` makes it). A given
    /// `timeZone` replaces the recorded one.
    /// `exposeStatementArguments` lets a trace see argument values (benchmarks replaying the SQL); keep it off otherwise.
    public static func open(path: String, villageCode: String? = nil, timeZone: TimeZone? = nil,
                            exposeStatementArguments: Bool = false) throws(StoreError) -> KioskStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.publicStatementArguments = exposeStatementArguments
        // A technician's command while the kiosk runs waits for the other writer instead of failing it.
        configuration.busyMode = .timeout(KioskStore.busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        if villageCode == nil, !FileManager.default.fileExists(atPath: path) {
            throw .noVillageRecorded(path: path)
        }
        let queue: DatabaseQueue
        do {
            try PrivateFile.create(path)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try KioskMigrations.migrator.migrate(queue)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
        let served = try serve(queue, path: path, villageCode: villageCode, timeZone: timeZone)
        return KioskStore(database: queue, villageCode: served.villageCode, timeZone: served.timeZone)
    }

    /// The village the file serves after this opening: the recorded one, checked against (or set to) what was asked.
    private static func serve(_ queue: DatabaseQueue, path: String, villageCode: String?,
                              timeZone: TimeZone?) throws(StoreError) -> ServedVillage {
        do {
            return try queue.write { db in
                let recorded = try ServedVillage.fetch(db)
                guard let code = villageCode ?? recorded?.villageCode else {
                    throw StoreError.noVillageRecorded(path: path)
                }
                if let recorded, recorded.villageCode != code {
                    throw StoreError.servesAnotherVillage(path: path, recorded: recorded.villageCode, requested: code)
                }
                let served = ServedVillage(villageCode: code, timeZone: timeZone ?? recorded?.timeZone ?? chinaTime)
                if served != recorded { try ServedVillage.save(served, db) }
                return served
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// A migrated store in memory, for tests.
    public static func inMemory(villageCode: String, timeZone: TimeZone = chinaTime) throws(StoreError) -> KioskStore {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let queue = try DatabaseQueue(configuration: configuration)
            try KioskMigrations.migrator.migrate(queue)
            try queue.write { db in try ServedVillage.save(ServedVillage(villageCode: villageCode, timeZone: timeZone), db) }
            return KioskStore(database: queue, villageCode: villageCode, timeZone: timeZone)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: ":memory:", reason: String(describing: error))
        }
    }

    /// Applies the migrations not yet applied.
    public func migrate() throws(StoreError) {
        do { try KioskMigrations.migrator.migrate(database) } catch {
            throw .cannotOpen(path: database.path, reason: String(describing: error))
        }
    }

    /// The names of the migrations applied to the file.
    public func appliedMigrations() throws -> [String] {
        try database.read { db in try KioskMigrations.migrator.appliedMigrations(db) }
    }

    /// The delivery queue.
    public var outbox: Outbox { Outbox(database: database) }

    /// Walks the audit chain.
    public func verifyAudit() throws -> AuditVerification {
        try database.read { db in try AuditChain.verify(db) }
    }

    /// Runs `PRAGMA integrity_check` and returns its lines ("ok" when sound).
    public func integrityCheck() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
