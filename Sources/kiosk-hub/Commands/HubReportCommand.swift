import ArgumentParser
import HubServer

/// `kiosk-hub report entries|county`: entries stored per kiosk; the county page's figures.
struct HubReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports for the county.", subcommands: [Entries.self, County.self])

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

    /// `kiosk-hub report county [--csv]`: the county page's figures (the same as `/county.csv`).
    struct County: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Per kiosk: village, last sync, entries, waiting, pending acts, coverage against the target, task list.")
        @OptionGroup var storage: StorageOptions
        @Flag(help: "Print CSV, the same as the hub's /county.csv.") var csv = false

        func run() async throws {
            let figures: CountyFigures
            do {
                figures = try await CountyFigures.read(from: try await storage.open())
            } catch let error as HubStorageError {
                throw HubCommandFailure(error.description)
            }
            if csv {
                print(figures.csv, terminator: "")
                return
            }
            let table = figures.table
            print(table.header.joined(separator: "\t"))
            for row in table.rows { print(row.joined(separator: "\t")) }
            let summary = figures.summary
            print("kiosks \(summary.kiosks), entries \(summary.entries), pending acts \(summary.pendingActs), "
                  + "audit findings \(summary.flagged), villages meeting the coverage target "
                  + "\(summary.villagesMeetingTarget) of \(summary.villagesReporting) reporting")
        }
    }
}
