import ChildProcessSupport
import Foundation
import Testing

/// The coordinator's work at the real kiosk: acting for an absent villager with a recorded authorisation,
/// reporting a death, and printing the month's death report on the demo printer.
@Suite(.serialized)
struct CoordinatorWorkEndToEndTests {
    @Test func theCoordinatorActsForAnAbsentVillagerReportsADeathAndPrintsTheMonthlyReport() throws {
        let (session, data) = try TmuxSession.demo()
        try session.logInDemoCoordinator()

        // 代办（无卡）: 莫振华's certification is due; his son 莫建国 is authorised for certification.
        try session.send("6")
        try session.waitFor(text: "请输入不能到场的村民的身份证号")
        try session.send("450124193812219870", "Enter")
        try session.waitFor(text: "由谁代办？", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "请输入代办人姓名")
        try session.send("-l", "莫建国")
        try session.send("Enter")
        try session.waitFor(text: "与村民的关系")
        try session.send("2")
        try session.waitFor(text: "请输入 莫建国 的身份证号")
        try session.send("450124197501011114", "Enter")
        try session.waitFor(text: "授权办理哪些业务？")
        try session.send("6", "Enter")
        try session.waitFor(text: "授权有效期到哪一天？")
        try session.send("20271130", "Enter")
        try session.waitFor(text: "村民签字的授权委托书编号是")
        try session.send("SQ-2026-031", "Enter")
        try session.waitFor(text: "村民已同意，记录授权并开始代办")
        try session.send("1")
        try session.waitFor(text: "协管员代办：韦丽萍", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "本人健在，确认认证")
        try session.send("1")
        try session.waitFor(text: "确认办理")
        try session.send("1")
        let receipt = try session.waitFor(text: "回执号：", timeout: .seconds(30))
        #expect(receipt.contains { $0.contains("代办人 莫建国（儿子）") }, "the receipt names the proxy:\n\(receipt.joined(separator: "\n"))")
        try session.send("0")
        try session.send("0")
        try session.waitFor(text: "协管员工作台")

        // The next time, the stored authorisation is offered: picked, the session opens with nothing typed again.
        try session.send("6")
        try session.waitFor(text: "请输入不能到场的村民的身份证号")
        try session.send("450124193812219870", "Enter")
        let stored = try session.waitFor(text: "已有 1 份有效授权", timeout: .seconds(30))
        #expect(stored.contains { $0.contains("[1] 莫建国（儿子）") && $0.contains("资格认证") }, "\(stored.joined(separator: "\n"))")
        #expect(stored.contains { $0.contains("[2] 新建授权") })
        try session.send("1")
        try session.waitFor(text: "协管员代办：韦丽萍", timeout: .seconds(30))
        try session.send("0")
        try session.waitFor(text: "协管员工作台")

        // 死亡报告: 卢秀英 died on 2026-11-18, reported by a relative; a wrong PIN first records nothing.
        try session.reportDemoDeath(wrongPINFirst: true)
        try session.send("2")
        try session.waitFor(text: "卢秀英 4501**********2823 2026-11-18 死亡（家属报告） 待县审核", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "回执已打印", timeout: .seconds(30))
        try session.send("0", "0")
        try session.waitFor(text: "协管员工作台")
        try session.send("9")
        try session.waitFor("the kiosk to close from the coordinator menu") { _ in (try? session.commandHasEnded()) == true }

        let kiosk = try KioskBinary.path("kiosk")
        let dump = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(dump.output.contains("本村死亡人员月报"), "the monthly sheet was printed:\n\(dump.output)")
        #expect(dump.output.contains("卢秀英"))
        let database = "\(data)/demo.sqlite"
        let audit = try ChildProcess.runWaiting(["sqlite3", database, """
            SELECT action FROM audit_entries WHERE actor LIKE 'coordinator:XG-450124-017%' ORDER BY rowid;
            """])
        #expect(audit.output.contains("proxyAuthorised"), "the authorisation is in the audit log: \(audit.output)")
        let consent = try ChildProcess.runWaiting(["sqlite3", database, "SELECT consent_evidence FROM proxy_authorisations;"])
        #expect(consent.output.contains("form:SQ-2026-031"), "the consent is the typed form number: \(consent.output)")
        let listed = try ChildProcess.runWaiting([kiosk, "authorisation", "list", "--db", database, "--csv"])
        #expect(listed.output.contains("莫建国") && listed.output.contains("active"), "kiosk authorisation list: \(listed.output)")
        let id = try #require(try ChildProcess.runWaiting(["sqlite3", database, "SELECT id FROM proxy_authorisations;"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").first.map(String.init))
        let revoked = try ChildProcess.runWaiting([kiosk, "authorisation", "revoke", id, "--db", database])
        #expect(revoked.status == 0, "revoke: \(revoked.output)")
        let after = try ChildProcess.runWaiting([kiosk, "authorisation", "list", "--db", database, "--csv"])
        #expect(after.output.contains("revoked"), "\(after.output)")
        let proxied = try ChildProcess.runWaiting(["sqlite3", database,
            "SELECT COUNT(*) FROM audit_entries WHERE actor LIKE '%for-proxy:莫建国(son)%consent';"])
        #expect((Int(proxied.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 1,
                "the certification's audit entry names the proxy: \(proxied.output)")
        // The report waits for the county: the person is not yet dead and the pension is paid on.
        let report = try ChildProcess.runWaiting(["sqlite3", database, """
            SELECT d.died_on, d.county_status, d.evidence_kind, d.evidence, IFNULL(p.died_on, '-'), a.death_report_pending
            FROM death_reports d JOIN people p ON p.id_number = d.person_id JOIN accounts a ON a.person_id = d.person_id
            WHERE d.person_id = '450124193810082823';
            """])
        #expect(report.output.contains("2026-11-18|pending|deathCertificate|450124-2026-0118|-|1"), "\(report.output)")
    }
}
