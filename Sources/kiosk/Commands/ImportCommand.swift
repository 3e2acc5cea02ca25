import ArgumentParser
import Foundation
import KioskStore

/// `kiosk import`: a village roster or the tax office's non-payer list from CSV; bad rows are named by line.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a village roster or the tax office's non-payer list from CSV.",
        subcommands: [Roster.self, NonPayers.self, Jobs.self]
    )

    /// `kiosk import roster --db PATH FILE`.
    struct Roster: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "roster",
            abstract: "Register or update villagers from a roster CSV.",
            discussion: "Columns: id_number,name required; phone,address,nation_code,needs_home_visit,"
                + "full_time_student,employee_scheme optional (flags 1 or 0).")
        @OptionGroup var location: DatabaseCommand.Location
        @Argument(help: "The roster CSV file (UTF-8, with or without BOM).")
        var file: String

        func run() throws {
            let store = try location.open()
            let report = try store.importRoster(csv: try ImportCommand.read(file), actor: .system, at: location.clock(store).now())
            try ImportCommand.print(report)
        }
    }

    /// `kiosk import non-payers --db PATH FILE`.
    struct NonPayers: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "non-payers",
            abstract: "Load the tax office's list of residents who have not paid.",
            discussion: "Columns: id_number,name,year,amount_due_yuan required; phone optional.")
        @OptionGroup var location: DatabaseCommand.Location
        @Argument(help: "The non-payer CSV file (UTF-8, with or without BOM).")
        var file: String

        func run() throws {
            let store = try location.open()
            let report = try store.importNonPayers(csv: try ImportCommand.read(file), actor: .system, at: location.clock(store).now())
            try ImportCommand.print(report)
        }
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("\(path) is not UTF-8") }
        return text
    }

    /// Prints what was imported and each refused row; exits 2 when some rows were refused.
    static func print(_ report: ImportReport) throws {
        Swift.print("imported \(report.imported) rows, refused \(report.problems.count)")
        for problem in report.problems { Swift.print("line \(problem.line): \(problem.reason)") }
        if !report.problems.isEmpty { throw ExitCode(2) }
    }
}
