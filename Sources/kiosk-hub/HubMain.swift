import ArgumentParser
import Foundation
import KioskDomain

/// The `kiosk-hub` command line: the county hub's server and its officers' and technicians' tools.
@main
struct KioskHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-hub",
        abstract: "The county hub of Village Kiosk: receives every kiosk's records exactly once, and the county's decisions.",
        subcommands: [
            ServeCommand.self,
            KioskRegistryCommand.self,
            ReviewCommand.self,
            HubAuditCommand.self,
            HubReportCommand.self,
            HubImportCommand.self,
            HubReceiptCommand.self,
            HubReferenceCommand.self,
        ]
    )

    /// The machine's clock: the one place below which nothing reads the time of day. Hub instants are UTC.
    static let machineClock = KioskClock(timeZone: TimeZone(identifier: "Asia/Shanghai")!) { Date() }
}
