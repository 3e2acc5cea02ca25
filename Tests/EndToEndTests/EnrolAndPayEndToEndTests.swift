import ChildProcessSupport
import Foundation
import Testing

/// A villager not yet enrolled enrols and pays this year's contribution at the real kiosk; the
/// database then holds the records, an intact audit chain and the outbox entries, and the printer
/// file decodes back to both receipts.
@Suite(.serialized)
struct EnrolAndPayEndToEndTests {
    @Test func unenrolledVillagerEnrolsPaysSeesReceiptsAndEverythingIsStored() throws {
        let (session, data) = try TmuxSession.demo()
        try session.waitFor(text: "F5 梁天佑")
        try session.send("F5")
        try session.waitFor(text: "[1] 参保登记", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "请输入您的手机号码")
        try session.send("12345", "Enter")
        try session.waitFor(text: "请输入11位手机号码")
        try session.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "13800138000", "Enter")
        try session.waitFor(text: "请确认或输入您现在的居住地址")
        try session.send("Enter")
        try session.waitFor(text: "请选择每年个人缴费的档次")
        try session.send("2")
        try session.waitFor(text: "是否让银行每年自动代扣保费")
        try session.send("2")
        let confirmation = try session.waitFor(text: "确认办理")
        #expect(confirmation.contains { $0.contains("450124200207038177") })
        #expect(confirmation.contains { $0.contains("138****8000") })
        try session.send("1")
        let enrolled = try session.waitFor(text: "业务：参保登记")
        let enrolmentNumber = try Self.receiptNumber(enrolled)

        try session.send("0")
        try session.waitFor(text: "[1] 缴费")
        try session.send("1")
        try session.waitFor(text: "请选择档次")
        try session.send("Enter")
        try session.waitFor(text: "请选择缴费方式")
        try session.send("1")
        try session.waitFor(text: "记入个人账户")
        try session.send("1")
        let paid = try session.waitFor(text: "业务：缴费")
        let paymentNumber = try Self.receiptNumber(paid)
        #expect(paymentNumber != enrolmentNumber)

        try session.send("F9")
        let home = try session.waitFor(text: "请插入社会保障卡或身份证")
        #expect(!home.joined().contains(paymentNumber))
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        let kiosk = try KioskBinary.path("kiosk")
        let database = "\(data)/demo.sqlite"
        let verify = try ChildProcess.run([kiosk, "audit", "verify", "--db", database])
        #expect(verify.status == 0, "\(verify.output)")
        let rows = try ChildProcess.run(["sqlite3", database, """
            SELECT (SELECT status FROM accounts WHERE person_id = '450124200207038177'), \
            (SELECT COUNT(*) FROM contributions WHERE person_id = '450124200207038177' AND year = 2026), \
            (SELECT COUNT(*) FROM outbox WHERE idempotency_key IN ('\(enrolmentNumber)', '\(paymentNumber)')), \
            (SELECT COUNT(*) FROM audit_entries WHERE receipt_number IN ('\(enrolmentNumber)', '\(paymentNumber)'));
            """])
        #expect(rows.output.trimmingCharacters(in: .whitespacesAndNewlines) == "paying|1|2|2", "\(rows.output)")

        let printed = try ChildProcess.run([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(printed.status == 0)
        #expect(printed.output.contains(enrolmentNumber) && printed.output.contains(paymentNumber), "\(printed.output)")
        #expect(printed.output.contains("梁天佑"))
    }

    static func receiptNumber(_ screen: [String]) throws -> String {
        let line = try #require(screen.first { $0.contains("回执号：") })
        return try #require(line.split(separator: "：").last.map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
