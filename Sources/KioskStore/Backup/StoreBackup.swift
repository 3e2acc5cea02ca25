import Foundation
import GRDB
import KioskDomain

/// An online copy of the kiosk's database, taken while the kiosk runs (SQLite's backup API through GRDB):
/// a consistent snapshot of one moment, written to a new private (0600) file as one self-contained file
/// (rollback journal, not WAL, so a USB stick or a copy tool takes the one file), then checked: the copy
/// passes `PRAGMA integrity_check` and its audit chain verifies before the backup is reported done.
public struct StoreBackup: Sendable, Equatable {
    /// Where the copy was written.
    public let path: String
    /// The audit entries the copy holds (all of them verified).
    public let auditEntries: Int
    /// The copy's size in bytes.
    public let bytes: Int

    /// Why a backup was not made; nothing is left at the destination in any of these cases.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// A backup never overwrites a file.
        case destinationExists(String)
        /// The copy could not be written (disk full, folder missing, no permission).
        case cannotWrite(path: String, reason: String)
        /// The copy was written but does not check out; it was removed.
        case copyUnsound(path: String, reason: String)

        public var description: String {
            switch self {
            case .destinationExists(let path): "\(path) already exists; a backup never overwrites a file"
            case .cannotWrite(let path, let reason): "cannot write the backup \(path): \(reason)"
            case .copyUnsound(let path, let reason): "the backup \(path) did not check out and was removed: \(reason)"
            }
        }
    }

    /// The file name of a backup taken at `instant`, in the store's zone: `kiosk-YYYYMMDD-HHMMSS.sqlite`.
    public static func fileName(at instant: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let time = calendar.dateComponents([.hour, .minute, .second], from: instant)
        let clock = [time.hour, time.minute, time.second].map { String(format: "%02d", $0 ?? 0) }.joined()
        return "kiosk-\(CivilDate(instant, in: timeZone).compact)-\(clock).sqlite"
    }

    /// True for a name `fileName(at:timeZone:)` makes; pruning touches nothing else in a folder.
    public static func isBackupName(_ name: String) -> Bool {
        name.range(of: #"^kiosk-[0-9]{8}-[0-9]{6}\.sqlite$"#, options: .regularExpression) != nil
    }

    /// The backups in `folder` beyond the newest `keep`, oldest first (names sort by time).
    public static func surplus(in names: [String], keep: Int) -> [String] {
        let backups = names.filter(isBackupName).sorted()
        return Array(backups.dropLast(max(keep, 0)))
    }
}

extension KioskStore {
    /// Copies the whole database to a new file at `path` while other connections may write, and checks the copy.
    public func backup(to path: String) throws(StoreBackup.Problem) -> StoreBackup {
        guard !FileManager.default.fileExists(atPath: path) else { throw .destinationExists(path) }
        do {
            try PrivateFile.create(path)
        } catch {
            throw .cannotWrite(path: path, reason: String(describing: error))
        }
        do {
            let copy = try DatabaseQueue(path: path)
            try database.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        } catch {
            Self.remove(path)
            throw .cannotWrite(path: path, reason: String(describing: error))
        }
        do {
            let copy = try DatabaseQueue(path: path, configuration: Self.readOnly)
            let (integrity, audit) = try copy.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try AuditChain.verify(db))
            }
            try copy.close()
            guard integrity == ["ok"] else { throw StoreBackup.Problem.copyUnsound(path: path, reason: integrity.joined(separator: "; ")) }
            if let broken = audit.firstBreak {
                throw StoreBackup.Problem.copyUnsound(path: path, reason: "audit chain broken at entry \(broken.sequence)")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return StoreBackup(path: path, auditEntries: audit.entriesChecked, bytes: size)
        } catch let problem as StoreBackup.Problem {
            Self.remove(path)
            throw problem
        } catch {
            Self.remove(path)
            throw .copyUnsound(path: path, reason: String(describing: error))
        }
    }

    private static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
