import ArgumentParser
import Foundation
import KioskDomain
import KioskStore

/// `kiosk audit`: check the audit hash chain and list what was done for a person.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify the audit chain or show one person's audit entries.",
        subcommands: [Verify.self, Show.self]
    )

    /// `kiosk audit verify --db PATH`: exit 0 when intact, 1 naming the first broken entry.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "verify", abstract: "Walk the hash chain; name the first broken entry.")
        @OptionGroup var location: DatabaseCommand.Location

        func run() throws {
            let store = try location.open()
            let result = try store.verifyAudit()
            if let broken = result.firstBreak {
                print("audit chain broken at entry \(broken.sequence): \(broken.problem.rawValue)")
                throw ExitCode(1)
            }
            print("audit chain intact: \(result.entriesChecked) entries")
        }
    }

    /// `kiosk audit show --person ID --db PATH`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "List every audit entry about one person.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The person's 18-character ID number.")
        var person: String

        func run() throws {
            let id: IDNumber
            do { id = try IDNumber(person) } catch { throw ValidationError("\(error.messageKey)") }
            let store = try location.open()
            let entries = try store.auditEntries(for: id)
            print("\(id.masked): \(entries.count) entries")
            for e in entries {
                print("#\(e.sequence) \(e.recordedAt) \(e.action) \(e.receiptNumber ?? "-") \(e.actor) \(e.detail)")
            }
        }
    }
}
