import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskServices
import KioskStore
import TerminalUI

/// `kiosk report`: the coordinator's reports for the county technician, as a printable sheet or CSV.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print coverage, monthly death or monthly reminder reports as a sheet or CSV.",
        subcommands: [Coverage.self, Deaths.self, Reminders.self, TaskList.self, LongTermUnemployed.self, Postings.self, LabourForce.self, Notice.self]
    )

    /// Output options shared by the reports.
    struct Output: ParsableArguments {
        @Flag(name: .long, help: "Print CSV (RFC 4180, CRLF, no BOM) instead of a sheet.")
        var csv = false

        func print(_ table: ReportTable) {
            let text = csv ? CSVWriter.text(header: table.header, rows: table.rows) : PrintableSheet.text(table)
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// `kiosk report coverage --db PATH [--on YYYY-MM-DD] [--csv]`.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "coverage", abstract: "Insured adults against the 95% target.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The day (YYYY-MM-DD; default: today in China).")
        var on: String?
        @OptionGroup var output: Output

        func run() throws {
            let store = try location.open()
            let day = try ReportCommand.day(on, clock: location.clock(store))
            let roster = try VillageRosters.roster(store, on: day, policies: StoreOpening.policies(for: store))
            output.print(CoordinatorReports.coverage(roster, villageCode: store.villageCode))
        }
    }

    /// `kiosk report deaths --month YYYY-MM --db PATH [--csv]`.
    struct Deaths: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deaths",
            abstract: "Deaths recorded in a month (kiosk time zone), late reports marked with their day of death.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The month (YYYY-MM).")
        var month: String
        @OptionGroup var output: Output

        func run() throws {
            let month = try ReportCommand.month(month)
            let store = try location.open()
            let lines = try store.deaths(villageCode: store.villageCode, in: month)
            output.print(CoordinatorReports.deaths(lines, month: month, villageCode: store.villageCode))
        }
    }

    /// `kiosk report reminders --month YYYY-MM --db PATH [--csv]`.
    struct Reminders: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reminders", abstract: "Contribution reminders given in a month.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The month (YYYY-MM).")
        var month: String
        @OptionGroup var output: Output

        func run() throws {
            let month = try ReportCommand.month(month)
            let store = try location.open()
            output.print(CoordinatorReports.reminders(try store.reminderReport(for: month)))
        }
    }

    /// A `YYYY-MM` option's month.
    static func month(_ text: String) throws -> CalendarMonth {
        guard let month = CalendarMonth(iso: text) else { throw ValidationError("--month must be YYYY-MM, got \(text)") }
        return month
    }

    /// A `YYYY-MM-DD` option's day, or the clock's today.
    static func day(_ text: String?, clock: KioskClock) throws -> CivilDate {
        guard let text else { return clock.today }
        guard let day = CivilDate(iso: text) else { throw ValidationError("--on must be YYYY-MM-DD, got \(text)") }
        return day
    }
}

/// A report as a plain-text sheet for printing: title, notes, and columns aligned by display width
/// (a Chinese character takes two columns).
enum PrintableSheet {
    /// The widest a column may grow before its text is cut with an ellipsis.
    static let maximumColumnWidth = 30

    /// The sheet's text, each line ending in a newline.
    static func text(_ table: ReportTable) -> String {
        let columns = table.header.indices.map { index in
            min(maximumColumnWidth, ([table.header[index]] + table.rows.map { index < $0.count ? $0[index] : "" })
                .map { DisplayWidth.of($0) }.max() ?? 0)
        }
        func line(_ fields: [String]) -> String {
            zip(fields, columns).map { TextLayout.align($0, width: $1, alignment: .leading) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = String(repeating: "-", count: columns.reduce(0, +) + 2 * max(0, columns.count - 1))
        var lines = [table.title] + table.notes + ["", line(table.header), rule]
        lines += table.rows.map { line($0.map { $0.replacingOccurrences(of: "\n", with: " ") }) }
        if table.rows.isEmpty { lines.append("(none)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
