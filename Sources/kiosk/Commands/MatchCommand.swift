import ArgumentParser
import Foundation
import KioskDomain
import KioskServices
import KioskStore

/// `kiosk match --month YYYY-MM --db PATH [--csv]`: runs the month's matching on today's open jobs, stores the matches,
/// queues the messages, and prints a line per seeker.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Run a month's job matching: at least 3 jobs per seeker or why not; messages queued in the SMS outbox.")
    @OptionGroup var location: DatabaseCommand.Location
    @Option(name: .long, help: "The month (YYYY-MM).")
    var month: String
    @OptionGroup var output: ReportCommand.Output

    func run() throws {
        let month = try ReportCommand.month(month)
        let desk = try ReportCommand.employmentDesk(location)
        let matching = try desk.runMonthlyMatching(month, actor: .system)
        output.print(try desk.matchingReport(matching))
    }
}
