import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskServices
import KioskStore

/// `kiosk policy show [--on YYYY-MM-DD] [--region CODE] [--db FILE]`: the policy table in force on a day, for a technician.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "The pension policy tables the kiosk decides with.",
        subcommands: [Show.self]
    )

    /// Prints the table in force for a region on a day: every value with its source, assumed values marked.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the table in force on a day: every value with its source, assumed values marked.")
        @Option(name: .long, help: "The day (YYYY-MM-DD; default: today in China).")
        var on: String?
        @Option(name: .long, help: "GB/T 2260 region code, e.g. 450124 (default: 45, Guangxi).")
        var region = "45"
        @Option(help: "The kiosk's database file: the county's tables it received count as well (default: the shipped tables only).")
        var db: String?

        func run() throws {
            guard region.count <= 6, region.allSatisfy({ ("0"..."9").contains($0) }) else {
                throw ValidationError("--region must be a GB/T 2260 code of up to 6 digits, got \(region)")
            }
            let day = try ReportCommand.day(on, clock: KioskCommand.machineClock())
            let book = try policyBook()
            let table: PolicyTable
            do {
                table = try book.table(region: region, on: day)
            } catch {
                FileHandle.standardError.write(Data("kiosk: no policy table is in force for region \(region) on \(day.iso)\n".utf8))
                throw ExitCode.failure
            }
            print(PolicyListing.lines(table, region: region, on: day).joined(separator: "\n"))
        }

        /// The shipped tables, with the county's from `--db` when given: the book the kiosk itself decides with.
        private func policyBook() throws -> PolicyBook {
            guard let db else { return try StoreOpening.policies() }
            return try StoreOpening.policies(for: try KioskStore.open(path: db))
        }
    }
}
