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
        let verify = try ChildProcess.runWaiting([kiosk, "audit", "verify", "--db", database])
        #expect(verify.status == 0, "\(verify.output)")
        let rows = try ChildProcess.runWaiting(["sqlite3", database, """
            SELECT (SELECT status FROM accounts WHERE person_id = '450124200207038177'), \
            (SELECT COUNT(*) FROM contributions WHERE person_id = '450124200207038177' AND year = 2026), \
            (SELECT COUNT(*) FROM outbox WHERE idempotency_key IN ('\(enrolmentNumber)', '\(paymentNumber)')), \
            (SELECT COUNT(*) FROM audit_entries WHERE receipt_number IN ('\(enrolmentNumber)', '\(paymentNumber)'));
            """])
        #expect(rows.output.trimmingCharacters(in: .whitespacesAndNewlines) == "paying|1|2|2", "\(rows.output)")

        let printed = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(printed.status == 0)
        #expect(printed.output.contains(enrolmentNumber) && printed.output.contains(paymentNumber), "\(printed.output)")
        #expect(printed.output.contains("梁天佑"))

        // Each printed receipt carries its check code as a QR code; the kiosk confirms it belongs to the receipt.
        let codes = printed.output.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "QR code: ") else { return nil }
            return String(line[range.upperBound...])
        }
        #expect(codes.count == 2 && codes.contains { $0.contains(paymentNumber) }, "\(printed.output)")
        for code in codes {
            let checked = try ChildProcess.runWaiting([kiosk, "receipt", "verify", code, "--db", database])
            #expect(checked.status == 0 && checked.output.hasPrefix("valid: receipt"), "\(checked.output)")
        }
        let first = try #require(codes.first)
        let forged = first.dropLast() + (first.last == "0" ? "1" : "0")
        let refused = try ChildProcess.runWaiting([kiosk, "receipt", "verify", String(forged), "--db", database])
        #expect(refused.status != 0 && refused.output.contains("not valid"), "\(refused.output)")
    }

    static func receiptNumber(_ screen: [String]) throws -> String {
        let line = try #require(screen.first { $0.contains("回执号：") })
        return try #require(line.split(separator: "：").last.map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
