import Foundation

/// Checks and creates the folders the kiosk writes its database into.
public enum DataFolder {
    /// The demo's default data folder: `$XDG_DATA_HOME/village-kiosk` or `~/.local/share/village-kiosk`.
    public static func defaultDemoFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return (xdg as NSString).appendingPathComponent("village-kiosk")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/village-kiosk")
    }

    /// Creates `path` when missing and checks that the kiosk may write there.
    static func prepare(_ path: String) throws(StartupError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .unusableDataFolder(path: path, reason: "not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .unusableDataFolder(path: path, reason: "cannot create it")
            }
        }
        try requireWritable(path)
    }

    /// The demo's printer: an ESC/POS file in the data folder that every printed receipt is added to.
    static func demoPrinterFile(in folder: String) throws(StartupError) -> String {
        let path = (folder as NSString).appendingPathComponent("receipts.escpos")
        guard FileManager.default.fileExists(atPath: path) || FileManager.default.createFile(atPath: path, contents: nil) else {
            throw .unusableDataFolder(path: folder, reason: "cannot create receipts.escpos")
        }
        return path
    }

    /// Checks that the folder holding `databasePath` exists and is writable (SQLite's WAL needs it).
    static func requireDatabaseFolder(for databasePath: String) throws(StartupError) {
        let folder = (databasePath as NSString).deletingLastPathComponent
        let path = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unusableDataFolder(path: path, reason: String(cString: strerror(ENOENT)))
        }
        try requireWritable(path)
    }

    private static func requireWritable(_ path: String) throws(StartupError) {
        guard access(path, W_OK | X_OK) == 0 else {
            throw .unusableDataFolder(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
