import ArgumentParser
import Foundation
import KioskDomain
import KioskStore

/// The `kiosk` command line: the kiosk itself (`run`, `demo`) and the technician's admin tools.
@main
struct KioskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Village Kiosk: the self-service terminal of a village employment and social-security service point.",
        version: KioskVersion.current,
        subcommands: [
            RunCommand.self,
            DemoCommand.self,
            DatabaseCommand.self,
            AuditCommand.self,
            CardCommand.self,
            PrinterCommand.self,
            ReceiptCommand.self,
            CoordinatorCommand.self,
            AuthorisationCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            PolicyCommand.self,
            MatchCommand.self,
            SMSCommand.self,
            SyncCommand.self,
        ]
    )

    /// Runs the command with new files and folders for the kiosk's own user only (database, WAL, exports,
    /// receipts, logs and backups: 0600 files in 0700 folders), whatever umask the caller had.
    static func main() async {
        umask(0o077)
        await main(nil)
    }

    /// The machine's clock, in `zone`: the one place below which nothing reads the time of day.
    static func machineClock(in zone: TimeZone = KioskStore.chinaTime) -> KioskClock {
        KioskClock(timeZone: zone) { Date() }
    }
}
