import ChildProcessSupport
import Foundation
import Testing

/// The real kiosk with the real pcscd: business that moves money or standing waits for the card's own PIN.
@Suite(.serialized)
struct CardPINEndToEndTests {
    @Test func aPensionerCertifiesOnlyAfterTheCardsPINAndSeesTheTriesLeftAfterAWrongOne() throws {
        let (session, data) = try TmuxSession.demo()
        let home = try session.waitFor(text: "F6 韦秀英")
        #expect(home.contains { $0.contains("F6 246810") }, "the demo shows its cards' PINs:\n\(home.joined(separator: "\n"))")
        try session.send("F6")
        try session.waitFor(text: "[1] 资格认证", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "本人健在，确认认证")
        try session.send("1")
        try session.waitFor(text: "请输入社会保障卡的6位密码")
        try session.send("1", "1", "1")
        let typing = try session.waitFor(text: "●●●")
        #expect(!typing.contains { $0.contains("社保卡密码 111") }, "the PIN is shown only as dots")
        try session.send("1", "1", "1", "Enter")
        let wrong = try session.waitFor(text: "还可以再试 2 次", timeout: .seconds(30))
        #expect(!wrong.joined().contains("确认办理"), "a wrong PIN leads nowhere")
        try session.send("246810", "Enter")
        try session.waitFor(text: "确认办理", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "回执号：", timeout: .seconds(30))
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        let log = (try? String(contentsOfFile: "\(data)/kiosk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains("246810") && !log.contains("111111"), "no PIN reaches the technicians' log")
    }

    /// F3 蓝秀梅 is past 60 with 16 years paid and draws no pension: she claims it. The claim waits for her card's
    /// PIN; a wrong PIN shows the card's tries left and records nothing, the right one leads to the confirmation,
    /// and the database then holds exactly one claim for her under the receipt shown.
    @Test func aVillagerOfPensionAgeClaimsThePensionOnlyAfterTheCardsPIN() throws {
        let (session, data) = try TmuxSession.demo()
        let home = try session.waitFor(text: "F3 蓝秀梅")
        #expect(home.contains { $0.contains("F3 135790") }, "the demo shows the card's PIN:\n\(home.joined(separator: "\n"))")
        try session.send("F3")
        let menu = try session.waitFor(text: "待遇申领", timeout: .seconds(30))
        let claimLine = try #require(menu.first { $0.contains("待遇申领") && $0.contains("[") })
        let claimKey = try #require(claimLine.split(separator: "[").last?.first.map(String.init))
        try session.send(claimKey)
        try session.waitFor(text: "下一步：选择收款银行")
        try session.send("1")
        try session.waitFor(text: "选择开户银行")
        try session.send("Enter")
        let number = try session.waitFor(text: "输入银行账号")
        #expect(number.contains { $0.contains("6230526178043915") }, "the account on file is offered")
        try session.send("Enter")
        try session.waitFor(text: "请输入社会保障卡的6位密码")
        try session.send("000000", "Enter")
        let wrong = try session.waitFor(text: "还可以再试 2 次", timeout: .seconds(30))
        #expect(!wrong.joined().contains("确认办理"), "a wrong PIN leads nowhere")
        let beforePIN = try Self.claims(in: "\(data)/demo.sqlite")
        #expect(beforePIN == "0", "nothing is recorded before the PIN")
        try session.send("135790", "Enter")
        let confirmation = try session.waitFor(text: "确认办理", timeout: .seconds(30))
        #expect(confirmation.contains { $0.contains("每月养老金") })
        try session.send("1")
        let receipt = try session.waitFor(text: "回执号：", timeout: .seconds(30))
        let numberLine = try #require(receipt.first { $0.contains("回执号：") })
        let receiptNumber = try #require(numberLine.split(separator: "：").last.map { $0.trimmingCharacters(in: .whitespaces) })
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }

        #expect(try Self.claims(in: "\(data)/demo.sqlite", receipt: receiptNumber) == "1")
        let log = (try? String(contentsOfFile: "\(data)/kiosk.log", encoding: .utf8)) ?? ""
        #expect(!log.contains("135790") && !log.contains("000000"), "no PIN reaches the technicians' log")
    }

    /// How many pension claims the demo database holds for 蓝秀梅 (under `receipt` when given).
    private static func claims(in database: String, receipt: String? = nil) throws -> String {
        let condition = receipt.map { " AND receipt_number = '\($0)'" } ?? ""
        let result = try ChildProcess.runWaiting(["sqlite3", database,
            "SELECT COUNT(*) FROM benefit_claims WHERE person_id = '450124196608155121'\(condition);"])
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
