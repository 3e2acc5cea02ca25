import ArgumentParser
import HubServer

/// Where the hub keeps its data, the same for every command.
struct StorageOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The hub's SQLite database file (created when missing).")
    var databasePath: String = "kiosk-hub.sqlite"

    @Option(help: "A PostgreSQL database instead of SQLite: postgres://user[:password]@host[:port]/database (or ?host=/socket/folder).")
    var postgres: String?

    /// Opens the storage, or stops with one line naming what failed.
    func open() async throws -> any HubStorage {
        do {
            if let postgres {
                return try await PostgresHubStorage.connect(url: postgres)
            }
            return try SQLiteHubStorage.open(path: databasePath)
        } catch {
            throw HubCommandFailure(error.description)
        }
    }
}

/// A command's failure: one line on standard error, exit status 1.
struct HubCommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
