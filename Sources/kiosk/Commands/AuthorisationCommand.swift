import ArgumentParser
import Foundation
import KioskDomain
import KioskStore

/// `kiosk authorisation list|revoke`: the proxy authorisations stored at the kiosk, and withdrawing one.
struct AuthorisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorisation", abstract: "List the stored proxy authorisations, or revoke one.",
        subcommands: [List.self, Revoke.self])

    /// `kiosk authorisation list [--db PATH] [--csv]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every stored authorisation, newest first, with whether it is active, expired or revoked.")
        @OptionGroup var location: DatabaseCommand.Location
        @OptionGroup var output: ReportCommand.Output

        func run() throws {
            let store = try location.open()
            let today = location.clock(store).today
            output.print(CoordinatorReports.authorisations(try store.allAuthorisations(), on: today,
                                                           villageCode: store.villageCode))
        }
    }

    /// `kiosk authorisation revoke ID [--db PATH]`.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke an authorisation: the proxy can record nothing more on it (audited).")
        @OptionGroup var location: DatabaseCommand.Location
        @Argument(help: "The authorisation's id, as `kiosk authorisation list` shows it.") var id: Int64

        func run() throws {
            let store = try location.open()
            do {
                let revoked = try store.revokeAuthorisation(id: id, actor: CoordinatorCommand.technician,
                                                            at: location.clock(store).now())
                print("authorisation \(id) revoked: \(revoked.proxyName) may no longer act for \(revoked.personID.masked)")
            } catch {
                throw ValidationError("no authorisation \(id) is stored")
            }
        }
    }
}
