import ArgumentParser
import HubServer

/// `kiosk-hub audit check`: kiosks whose local history was rewritten or cut since the hub saw it.
struct HubAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check kiosks' audit chains against the heads the hub holds.",
        subcommands: [Check.self])

    /// `kiosk-hub audit check`: exits 1 when anything was found.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List what the audit anchoring found; exit status 1 when a kiosk's history was rewritten or cut.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let findings = try await storage.open().auditFindings()
            guard !findings.isEmpty else {
                print("every kiosk's audit chain still reaches every head the hub holds")
                return
            }
            for finding in findings {
                print("\(finding.kioskID)\t\(finding.foundAt)\t\(finding.problem)")
            }
            throw ExitCode(1)
        }
    }
}
