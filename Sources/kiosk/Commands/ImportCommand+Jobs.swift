import ArgumentParser
import Foundation
import KioskStore

extension ImportCommand {
    /// `kiosk import jobs --db PATH FILE`.
    struct Jobs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jobs",
            abstract: "Register the upper office's job postings from CSV.",
            discussion: "Columns: " + KioskStore.jobColumns.joined(separator: ",") + " required; credit_code,filled,age_min,"
                + "age_max,sex_required,sex_ground optional. place: township, county, prefecture, province or outside; "
                + "industry: GB/T 4754-2017 section A-T; occupation: major group 1-8 or sub-group such as 6-29.")
        @OptionGroup var location: DatabaseCommand.Location
        @Argument(help: "The job CSV file (UTF-8, with or without BOM).")
        var file: String

        func run() throws {
            let store = try location.open()
            let report = try store.importJobs(csv: try ImportCommand.read(file), actor: .system, at: location.clock(store).now())
            try ImportCommand.print(report)
        }
    }
}
