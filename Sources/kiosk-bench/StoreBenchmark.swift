import Foundation
import GRDB
import KioskDomain
import KioskStore

/// Store benchmark: a township-sized database (50,000 people, 10 years of contributions) in a temporary file;
/// times one business event, one village's uninsured adults and its coverage rate, each beside the same SQL
/// run by the `sqlite3` command-line tool on a copy of the same file.
enum StoreBenchmark {
    static let people = 50_000
    static let villages = 40
    static let years = 2016...2025
    static let events = 200
    static let queryRuns = 50
    static let county = "450124"
    static let village = "450124100201"
    static let today = CivilDate(year: 2025, month: 6, day: 2)!
    /// When the benchmark says its events happen: 10:00 on `today` in China (a fixed instant, not the machine's).
    static let recordedAt = Date(timeIntervalSince1970: 1_748_829_600)

    /// Runs the benchmark and returns the lines to print.
    static func run() throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("township.sqlite").path
        let cliPath = folder.appendingPathComponent("township-cli.sqlite").path
        var lines: [String] = []

        let started = ContinuousClock.now
        let store = try KioskStore.open(path: path, villageCode: village, exposeStatementArguments: true)
        let counts = try Township.generate(into: store, people: people, villages: villages, years: years, today: today)
        try store.database.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        lines.append("store: \(counts.people) people, \(counts.contributions) contributions in \(villages) villages, "
                     + "generated in \(format((ContinuousClock.now - started).milliseconds)) ms")
        try FileManager.default.copyItem(atPath: path, toPath: cliPath)

        // The same events twice: traced (for the replay), then timed on the kiosk's own file.
        let candidates = try Township.uninsured(store, except: village, today: today, count: events * 2)
        guard candidates.count == events * 2 else { throw StoreError.writeFailed(reason: "too few uninsured people") }
        let scripts = try traceEvents(store, people: Array(candidates.prefix(events)))
        var grdbEvent: [Double] = []
        for person in candidates.suffix(events) {
            let event = try enrolment(person)
            let start = DispatchTime.now().uptimeNanoseconds
            try store.record(event, actor: .selfService, at: recordedAt)
            grdbEvent.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        let cliEvent = try Shell.timedUnits(path: cliPath, preamble: "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = FULL;",
                                            units: scripts.map { $0.map { $0 + ";" }.joined(separator: "\n") })

        let rowsSQL = literal(KioskStore.coverageRowsSQL, [village])
        let grdbRows = try timeQuery(store, rowsSQL)
        let cliRows = try Shell.timedUnits(path: cliPath, preamble: "", units: Array(repeating: rowsSQL + ";", count: queryRuns))
        let grdbCoverage = try (0..<queryRuns).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try store.coverage(villageCode: village, on: today)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        }
        let coverage = try store.coverage(villageCode: village, on: today)

        lines.append("village \(village): \(try store.uninsuredAdults(villageCode: village, on: today).count) uninsured adults, "
                     + "coverage \(coverage.insured)/\(coverage.adults) = \(coverage.perMille / 10).\(coverage.perMille % 10) %")
        lines.append(pad("measure (ms)", 34) + pad("GRDB", 18) + pad("sqlite3 CLI", 18) + "ratio")
        lines.append(row("record one event, median", median(grdbEvent), median(cliEvent)))
        lines.append(row("record one event, p99", percentile(grdbEvent, 0.99), percentile(cliEvent, 0.99)))
        lines.append(row("a village's people and statuses", median(grdbRows), median(cliRows)))
        lines.append(row("coverage rate (rows + rule)", median(grdbCoverage), 0))
        lines.append("(event: \(events) enrolments each side, synchronous FULL, WAL; queries: median of \(queryRuns) runs; "
                     + "CLI: the same statements in one sqlite3 session, timed between `.system date +%s%N` markers minus the median marker-to-marker overhead)")
        return lines
    }

    static func enrolment(_ person: Person) throws -> BusinessEvent {
        let policy = try Township.policy(today: today)
        let outcome = EnrolmentDecision.decide(person: person, account: .notEnrolled(person.id), history: ServiceHistory(),
                                               policy: policy, request: EnrolmentRequest(tierYuan: 300),
                                               serviceCounty: county, today: today)
        guard let decision = outcome.decision else {
            throw StoreError.writeFailed(reason: outcome.refusals.map(\.messageKey).joined(separator: ","))
        }
        return .enrolment(decision)
    }

    /// Records events while tracing, returning each event's statements with their arguments inlined.
    static func traceEvents(_ store: KioskStore, people: [Person]) throws -> [[String]] {
        final class Collector: @unchecked Sendable { var statements: [String] = [] }
        let collector = Collector()
        store.database.writeWithoutTransaction { db in
            db.trace { event in collector.statements.append(event.expandedDescription) }
        }
        var scripts: [[String]] = []
        for person in people {
            collector.statements = []
            try store.record(try enrolment(person), actor: .selfService, at: recordedAt)
            scripts.append(collector.statements)
        }
        store.database.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        return scripts
    }

    static func literal(_ sql: String, _ values: [String]) -> String {
        var result = sql
        for value in values {
            if let range = result.range(of: "?") { result.replaceSubrange(range, with: "'\(value)'") }
        }
        return result
    }

    static func timeQuery(_ store: KioskStore, _ sql: String) throws -> [Double] {
        try store.database.read { db in
            try (0..<queryRuns).map { _ in
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try Row.fetchAll(db, sql: sql)
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            }
        }
    }

    static func format(_ ms: Double) -> String { String(format: "%.3f", ms) }
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
    static func row(_ name: String, _ grdb: Double, _ cli: Double) -> String {
        pad(name, 34) + pad(format(grdb), 18) + pad(format(cli), 18) + (cli > 0 ? String(format: "%.2fx", grdb / cli) : "-")
    }
}
