import ChildProcessSupport
import Foundation

/// A real `kiosk-hub serve` on a free loopback port, its database already holding one kiosk and that kiosk's key in a
/// file, for the end-to-end tests that sync a kiosk to the county; the server is stopped when the value is released.
final class HubProgram {
    /// Where the hub listens, as `http://127.0.0.1:PORT`.
    let url: String
    private let process: Process

    /// Adds `kioskID` to the hub database `database` (its key written to `keyFile`), then serves that database.
    init(database: String, addingKiosk kioskID: String, keyFile: String) throws {
        let program = try KioskBinary.path("kiosk-hub")
        let added = try ChildProcess.runWaiting([program, "kiosk", "add", kioskID, "--db", database])
        guard added.status == 0, let key = added.output.split(separator: "\n").last.map(String.init) else {
            throw HubProgramError.kioskNotAdded(output: added.output)
        }
        try key.trimmingCharacters(in: .whitespacesAndNewlines).write(toFile: keyFile, atomically: true, encoding: .utf8)

        let started = try ListeningProgram.start(program, ["serve", "--db", database, "--host", "127.0.0.1", "--port", "0"])
        guard let range = started.line.range(of: "http://") else {
            started.process.terminate()
            started.process.waitUntilExit()
            throw HubProgramError.didNotStart(output: started.line)
        }
        process = started.process
        url = String(started.line[range.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }
}

/// The hub program could not be made ready for a test.
enum HubProgramError: Error, CustomStringConvertible {
    case kioskNotAdded(output: String)
    case didNotStart(output: String)

    var description: String {
        switch self {
        case .kioskNotAdded(let output): "kiosk-hub kiosk add failed: \(output)"
        case .didNotStart(let output): "kiosk-hub serve did not start: \(output)"
        }
    }
}
