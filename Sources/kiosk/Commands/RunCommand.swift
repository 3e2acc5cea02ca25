import ArgumentParser
import Foundation
import KioskServices

/// `kiosk run`: the kiosk as installed at a village service point.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the kiosk with a village's configuration file."
    )

    @Option(name: .long, help: "The configuration file.")
    var config = "/etc/village-kiosk/kiosk.json"

    @Option(name: .long, help: "The SQLite database file (overrides the configuration).")
    var db: String?

    @Option(name: .long, help: "The PC/SC reader to use (overrides the configuration).")
    var reader: String?

    @Flag(name: .long, help: "Start in elderly mode: large text, high contrast, number keys.")
    var elderly = false

    func run() throws {
        do {
            try KioskAssembly.assemble(.run(configPath: config, database: db, reader: reader, elderly: elderly),
                                       machineClock: KioskCommand.machineClock()).run()
        } catch {
            FileHandle.standardError.write(Data("kiosk: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
