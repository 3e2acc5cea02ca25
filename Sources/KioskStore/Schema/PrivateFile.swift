import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files only the kiosk's own user may read: a new database file is created mode 0600 before SQLite opens it,
/// so its WAL and shared-memory files (which SQLite gives the database file's mode) are 0600 too.
enum PrivateFile {
    /// Creates an empty file at `path` with mode 0600 if none exists; an existing file is left as it is.
    static func create(_ path: String) throws {
        guard path != ":memory:", !path.isEmpty, !FileManager.default.fileExists(atPath: path) else { return }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        // The creation mode is also masked by the umask; set it exactly.
        fchmod(descriptor, 0o600)
        close(descriptor)
    }
}

extension KioskStore {
    /// How long a write waits for another process's write to finish before it fails (seconds).
    public static let busyTimeout: TimeInterval = 10
}
