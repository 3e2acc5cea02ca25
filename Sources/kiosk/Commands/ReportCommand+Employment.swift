import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskServices
import KioskStore

/// The employment reports: the annex task list, the long-term unemployed, postings and labour-force records.
extension ReportCommand {
    /// The employment desk over a database, the machine's clock in its zone.
    static func employmentDesk(_ location: DatabaseCommand.Location) throws -> EmploymentDesk {
        let store = try location.open()
        return EmploymentDesk(store: store, clock: location.clock(store), strings: try StringCatalog.load(from: KioskAssets.url("strings")),
                             policies: try StoreOpening.policies(for: store))
    }

    /// A `YYYY` option's year.
    static func year(_ text: String) throws -> Int {
        guard text.count == 4, let year = Int(text), year >= 2000 else { throw ValidationError("--year must be YYYY, got \(text)") }
        return year
    }

    /// `kiosk report tasklist --year YYYY --db PATH [--csv]`.
    struct TaskList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tasklist",
            abstract: "The plan annex's 17-item task list for a year, filled from the data, items needing paper marked.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The year (YYYY).")
        var year: String
        @OptionGroup var output: Output

        func run() throws {
            output.print(try ReportCommand.employmentDesk(location).taskListReport(year: try ReportCommand.year(year)))
        }
    }

    /// `kiosk report long-term-unemployed --month YYYY-MM --db PATH [--csv]`.
    struct LongTermUnemployed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "long-term-unemployed",
            abstract: "People wanting work without it for 3 consecutive monthly records, with the service given.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The month (YYYY-MM).")
        var month: String
        @OptionGroup var output: Output

        func run() throws {
            output.print(try ReportCommand.employmentDesk(location).longTermReport(try ReportCommand.month(month)))
        }
    }

    /// `kiosk report postings --year YYYY --db PATH [--csv]`.
    struct Postings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "postings",
            abstract: "A year's job postings against 3x the labour force and 1.1x last year, and weeks without a publication.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The year (YYYY).")
        var year: String
        @OptionGroup var output: Output

        func run() throws {
            output.print(try ReportCommand.employmentDesk(location).postingsReport(year: try ReportCommand.year(year)))
        }
    }

    /// `kiosk report notice --db PATH [--html]`: this week's job notice as WeChat text or an A4 HTML sheet (not recorded
    /// as published: the coordinator's screen does that when it prints).
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice",
            abstract: "This week's job notice: text for the village WeChat group, or an A4 sheet for the notice board.")
        @OptionGroup var location: DatabaseCommand.Location
        @Flag(name: .long, help: "Print an A4 HTML sheet instead of text.")
        var html = false

        func run() throws {
            let desk = try ReportCommand.employmentDesk(location)
            let day = desk.clock.today
            let lines = WeeklyJobNotice.lines(WeeklyJobNotice.jobs(try desk.store.jobs(), on: day), on: day, strings: desk.strings)
            print(html ? WeeklyJobNotice.html(lines) : WeeklyJobNotice.weChatText(lines), terminator: html ? "" : "\n")
        }
    }

    /// `kiosk report labour-force --month YYYY-MM --db PATH [--csv]`.
    struct LabourForce: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "labour-force",
            abstract: "A month's labour-force records: the employed and the willing but not employed, who is missing by the 5th.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The month (YYYY-MM).")
        var month: String
        @OptionGroup var output: Output

        func run() throws {
            output.print(try ReportCommand.employmentDesk(location).labourForceReport(try ReportCommand.month(month)))
        }
    }
}
