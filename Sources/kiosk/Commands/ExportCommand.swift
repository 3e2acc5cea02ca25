import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskStore
import KioskServices

/// `kiosk export NAME --db PATH --out FILE`: a roster or report as CSV for spreadsheet programs (UTF-8 with BOM).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a roster or report as CSV (UTF-8 with BOM, CRLF) for spreadsheet programs.",
        discussion: """
            Rosters: insured, uninsured, mobilisation, certification-due, approaching-pension, home-visits (use --on).
            Reports: coverage (--on), deaths (--month), reminders (--month).
            """
    )

    @Argument(help: "What to export: a roster or report name (see below).")
    var name: String
    @OptionGroup var location: DatabaseCommand.Location
    @Option(name: .long, help: "The CSV file to write.")
    var out: String
    @Option(name: .long, help: "The day for rosters and coverage (YYYY-MM-DD; default: today in China).")
    var on: String?
    @Option(name: .long, help: "The month for deaths and reminders (YYYY-MM).")
    var month: String?

    func run() throws {
        let store = try location.open()
        let table = try self.table(store)
        let url = URL(fileURLWithPath: out)
        try Data(table.csvData).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        print("wrote \(table.rows.count) rows to \(url.path)")
    }

    func table(_ store: KioskStore) throws -> ReportTable {
        switch name {
        case "coverage":
            let roster = try VillageRosters.roster(store, on: try ReportCommand.day(on, clock: location.clock(store)), policies: StoreOpening.policies(for: store))
            return CoordinatorReports.coverage(roster, villageCode: store.villageCode)
        case "deaths":
            let month = try ReportCommand.month(try requireMonth())
            return CoordinatorReports.deaths(try store.deaths(villageCode: store.villageCode, in: month), month: month,
                                             villageCode: store.villageCode)
        case "reminders":
            return CoordinatorReports.reminders(try store.reminderReport(for: try ReportCommand.month(try requireMonth())))
        default:
            guard let kind = CoordinatorReports.Roster(rawValue: name) else {
                let names = CoordinatorReports.Roster.allCases.map(\.rawValue) + ["coverage", "deaths", "reminders"]
                throw ValidationError("unknown roster or report \(name); one of: \(names.joined(separator: ", "))")
            }
            let roster = try VillageRosters.roster(store, on: try ReportCommand.day(on, clock: location.clock(store)), policies: StoreOpening.policies(for: store))
            return CoordinatorReports.roster(kind, roster, villageCode: store.villageCode)
        }
    }

    func requireMonth() throws -> String {
        guard let month else { throw ValidationError("\(name) needs --month YYYY-MM") }
        return month
    }
}
