import ChildProcessSupport
import Foundation
import Testing

/// The two-step death report across the real programs: the coordinator reports a death at the kiosk, where it shows
/// pending; `kiosk sync now` takes it to a real `kiosk-hub` on loopback; the county officer accepts it with
/// `kiosk-hub review accept`; the next `kiosk sync now` brings the decision back, and the kiosk shows it accepted
/// with the pension stopped.
@Suite(.serialized)
struct DeathReportHubEndToEndTests {
    @Test("the coordinator's death report is pending at the kiosk, accepted at the hub, then shown accepted at the kiosk")
    func aDeathReportAcceptedAtTheHubIsShownAcceptedAtTheKiosk() throws {
        let kiosk = try KioskBinary.path("kiosk")
        let hubProgram = try KioskBinary.path("kiosk-hub")
        let hubFolder = try KioskBinary.temporaryFolder()
        let hubDatabase = "\(hubFolder)/hub.sqlite"
        let keyFile = "\(hubFolder)/kiosk.key"
        let hub = try HubProgram(database: hubDatabase, addingKiosk: "K1", keyFile: keyFile)
        defer { withExtendedLifetime(hub) {} }

        let (session, data) = try TmuxSession.demo()
        let database = "\(data)/demo.sqlite"
        let sync = [kiosk, "sync", "now", "--db", database, "--hub", hub.url, "--kiosk-id", "K1",
                    "--key-file", keyFile]
        try session.logInDemoCoordinator()

        // 死亡报告: 卢秀英 died on 2026-11-18; a death certificate numbered 450124-2026-0118.
        try session.reportDemoDeath()
        try session.send("2")
        try session.waitFor(text: "卢秀英 4501**********2823 2026-11-18 死亡（家属报告） 待县审核", timeout: .seconds(30))

        // To the hub: the report waits there for the county officer.
        let first = try ChildProcess.runWaiting(sync)
        #expect(first.status == 0 && first.output.contains("0 county decisions applied"), "first sync: \(first.output)")
        let listed = try ChildProcess.runWaiting([hubProgram, "review", "list", "--db", hubDatabase])
        let line = try #require(listed.output.split(separator: "\n").first { $0.contains("\tdeathReport\t") },
                                "the hub lists the report: \(listed.output)")
        let entry = try #require(line.split(separator: "\t").first.map(String.init))
        let accepted = try ChildProcess.runWaiting([hubProgram, "review", "accept", entry, "--db", hubDatabase,
                                                    "--officer", "黄科长"])
        #expect(accepted.status == 0 && accepted.output.contains("accepted"), "review accept: \(accepted.output)")
        // Until the kiosk syncs, it still shows the report pending.
        let before = try ChildProcess.runWaiting(["sqlite3", database,
            "SELECT county_status FROM death_reports WHERE person_id = '450124193810082823';"])
        #expect(before.output.trimmingCharacters(in: .whitespacesAndNewlines) == "pending")

        let second = try ChildProcess.runWaiting(sync)
        #expect(second.status == 0 && second.output.contains("1 county decisions applied"), "second sync: \(second.output)")

        // The kiosk reads the month's deaths again and shows the county's acceptance.
        try session.send("0")
        try session.waitFor(text: "按身份证号查找")
        try session.send("3")
        try session.waitFor(text: "卢秀英 4501**********2823 2026-11-18 死亡（家属报告） 县已受理", timeout: .seconds(30))

        // The pension stopped, back-dated to the month after death, and the death now stands.
        let account = try ChildProcess.runWaiting(["sqlite3", database, """
            SELECT a.status, a.death_report_pending, p.died_on, d.pension_stops_from, d.county_status
            FROM accounts a JOIN people p ON p.id_number = a.person_id JOIN death_reports d ON d.person_id = a.person_id
            WHERE a.person_id = '450124193810082823';
            """])
        #expect(account.output.contains("pensionSuspended|0|2026-11-18|2026-12-01|accepted"), "\(account.output)")
        let report = try ChildProcess.runWaiting([kiosk, "report", "deaths", "--month", "2026-11", "--db", database, "--csv"])
        // CSV lines end in CRLF, one Character in Swift: split on any newline.
        let rows = report.output.split(whereSeparator: \.isNewline)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = try #require(rows.first { $0.contains("status") })
        let status = try #require(header.firstIndex(of: "status"))
        let row = try #require(rows.first { $0.contains { $0.contains("卢秀英") } })
        #expect(row[status] == "accepted", "report deaths: \(report.output)")

        try session.send("0", "0")
        try session.waitFor(text: "协管员工作台")
        try session.send("9")
        try session.waitFor("the kiosk to close from the coordinator menu") { _ in (try? session.commandHasEnded()) == true }
        _ = hub
    }
}
