import ArgumentParser
import Foundation
import HubServer
import SyncProtocol

extension ReferenceKind: ExpressibleByArgument {}

/// `kiosk-hub reference publish|list`: the reference data every kiosk fetches at its next sync.
struct HubReferenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference", abstract: "Publish reference data to every kiosk (versioned), or list what was published.",
        subcommands: [Publish.self, List.self, PINHash.self])

    /// `kiosk-hub reference publish KIND FILE --officer NAME`.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a file as the kiosks will import it and publish it as the kind's next version.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The kind: \(ReferenceKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: ReferenceKind
        @Argument(help: "The file (UTF-8): jobs and non-payers as `kiosk import jobs` and the reminders' import read them; policyTables a JSON array of tables as in Assets/policy; idCardRegistrations id_number,card_uid,status; coordinatorAccounts as README shows.")
        var file: String
        @Option(help: "The publishing officer's name.") var officer: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw HubCommandFailure("cannot read \(file)") }
            guard let content = String(data: data, encoding: .utf8) else {
                throw HubCommandFailure("\(file) is not UTF-8 text; nothing was published")
            }
            do {
                let set = try await ReferencePublishing.publish(kind, content: content, officer: officer,
                                                                into: try await storage.open(),
                                                                at: KioskHubCommand.machineClock.now())
                print("\(set.kind.rawValue) version \(set.version) published (\(set.digest.prefix(12))); "
                      + "kiosks fetch it at their next sync")
            } catch let refusal as ReferencePublishing.Refusal {
                throw HubCommandFailure(refusal.description)
            }
        }
    }

    /// `kiosk-hub reference list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every published version, newest first by kind.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let published = try await storage.open().referenceHistory()
            print(["kind", "version", "published", "by", "bytes", "sha256"].joined(separator: "\t"))
            for set in published {
                print([set.kind.rawValue, String(set.version), set.publishedAt, set.publishedBy, String(set.bytes),
                       set.digest].joined(separator: "\t"))
            }
            if published.isEmpty { print("nothing published yet") }
        }
    }

    /// `kiosk-hub reference pin-hash`: the PIN columns of a coordinator list row, the PIN read from standard input.
    struct PINHash: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pin-hash",
            abstract: "Read a coordinator's six-digit PIN from standard input and print pin_hash,pin_salt,pin_iterations.")

        func run() throws {
            let pin = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
            guard let line = CoordinatorPINColumns.line(pin: pin) else {
                throw HubCommandFailure("a coordinator PIN is six digits; nothing was printed")
            }
            print(line)
        }
    }
}
