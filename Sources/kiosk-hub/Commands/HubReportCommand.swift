import ArgumentParser
import HubServer

/// `kiosk-hub report entries`: entries stored per kiosk.
struct HubReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for the county.", subcommands: [Entries.self])

    /// `kiosk-hub report entries`.
    struct Entries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Entries stored per kiosk, pending acts, last sync.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let counts = try await storage.open().entryCounts()
            print(["kiosk", "entries", "pending acts", "last sync"].joined(separator: "\t"))
            for count in counts {
                print([count.kioskID, String(count.entries), String(count.pendingActs), count.lastSyncAt ?? "never"]
                    .joined(separator: "\t"))
            }
            print("total\t\(counts.reduce(0) { $0 + $1.entries })")
        }
    }
}
