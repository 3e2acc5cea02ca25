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
}
