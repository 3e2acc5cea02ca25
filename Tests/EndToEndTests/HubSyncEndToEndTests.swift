import ChildProcessSupport
import Foundation
import Testing

/// A villager enrols at the real kiosk in tmux; `kiosk sync now` sends the record to a real `kiosk-hub serve`, where
/// `kiosk-hub report entries` counts it and `kiosk-hub receipt verify` accepts the printed receipt's QR code.
@Suite(.serialized)
struct HubSyncEndToEndTests {
    @Test("an enrolment done at the kiosk appears at the hub and its receipt verifies county-wide")
    func anEnrolmentReachesTheHub() throws {
        let (session, data) = try TmuxSession.demo()
        try session.waitFor(text: "F5 梁天佑")
        try session.send("F5")
        try session.waitFor(text: "[1] 参保登记", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "请输入您的手机号码")
        try session.send("13800138000", "Enter")
        try session.waitFor(text: "请确认或输入您现在的居住地址")
        try session.send("Enter")
        try session.waitFor(text: "请选择每年个人缴费的档次")
        try session.send("2")
        try session.waitFor(text: "是否让银行每年自动代扣保费")
        try session.send("2")
        try session.waitFor(text: "确认办理")
        try session.send("1")
        let enrolled = try session.waitFor(text: "业务：参保登记")
        let number = try EnrolAndPayEndToEndTests.receiptNumber(enrolled)
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        let kiosk = try KioskBinary.path("kiosk"), hub = try KioskBinary.path("kiosk-hub")
        let database = "\(data)/demo.sqlite", hubDatabase = "\(data)/hub.sqlite", keyFile = "\(data)/kiosk.key"
        let server = try HubProgram(database: hubDatabase, addingKiosk: "K1", keyFile: keyFile)
        defer { withExtendedLifetime(server) {} }

        let waiting = try ChildProcess.runWaiting(["sqlite3", database, "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        let synced = try ChildProcess.runWaiting([kiosk, "sync", "now", "--db", database, "--hub", server.url,
                                                  "--kiosk-id", "K1", "--key-file", keyFile])
        #expect(synced.status == 0, "\(synced.output)")
        #expect(synced.output.contains("\(waiting) stored at the hub"), "\(synced.output)")

        let report = try ChildProcess.runWaiting([hub, "report", "entries", "--db", hubDatabase])
        #expect(report.status == 0)
        #expect(report.output.contains("K1\t\(waiting)\t"), "\(report.output)")
        let stored = try ChildProcess.runWaiting(["sqlite3", hubDatabase,
                                                  "SELECT kind FROM entries WHERE receipt_number = '\(number)'"])
        #expect(stored.output.trimmingCharacters(in: .whitespacesAndNewlines) == "enrolment", "\(stored.output)")
        let status = try ChildProcess.runWaiting([kiosk, "sync", "status", "--db", database])
        #expect(status.output.contains("waiting: 0"), "\(status.output)")

        let printed = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        let code = try #require(printed.output.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "QR code: ") else { return nil }
            return String(line[range.upperBound...])
        }.first { $0.contains(number) })
        let verified = try ChildProcess.runWaiting([hub, "receipt", "verify", code, "--db", hubDatabase])
        #expect(verified.status == 0 && verified.output.hasPrefix("valid: receipt \(number)"), "\(verified.output)")
        let forged = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
        let refused = try ChildProcess.runWaiting([hub, "receipt", "verify", forged, "--db", hubDatabase])
        #expect(refused.status != 0 && refused.output.contains("not valid"), "\(refused.output)")
    }
}
