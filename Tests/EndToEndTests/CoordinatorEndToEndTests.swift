import ChildProcessSupport
import Foundation
import Testing

/// The coordinator at the real kiosk: card + PIN login through the real pcscd, acting for a villager,
/// the lock after five wrong PINs, and Ctrl-C that does not leave the program.
@Suite(.serialized)
struct CoordinatorEndToEndTests {
    @Test func coordinatorLogsInWithCardAndPINAndActsForAVillager() throws {
        let (session, data) = try TmuxSession.demo()
        try session.waitFor(text: "F4 韦丽萍")
        try session.send("C-c")
        try session.send("9")
        try session.waitFor(text: "请插入协管员本人的社会保障卡")
        #expect(try !session.commandHasEnded(), "Ctrl-C does not leave the kiosk")
        try session.send("F4")
        try session.waitFor(text: "请输入 6 位密码", timeout: .seconds(30))
        try session.send("123456")
        let typed = try session.waitFor(text: "●●●●●●")
        let field = try #require(typed.first { $0.contains("●●●●●●") })
        #expect(!field.contains("123456"), "the PIN is never shown as typed")
        try session.send("Enter")
        try session.waitFor(text: "协管员工作台", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "请插入要代办的村民的社会保障卡或身份证")
        try session.send("F6")
        try session.waitFor(text: "协管员代办：韦丽萍", timeout: .seconds(30))
        try session.send("1")
        try session.waitFor(text: "本人健在，确认认证")
        try session.send("1")
        try session.waitFor(text: "请输入社会保障卡的6位密码")
        try session.send("246810", "Enter")
        try session.waitFor(text: "确认办理", timeout: .seconds(30))
        try session.send("1")
        let receipt = try session.waitFor(text: "回执号：")
        #expect(receipt.contains { $0.contains("协管员 韦丽萍") })
        try session.send("F9")
        try session.waitFor(text: "协管员工作台")
        try session.send("9")
        try session.waitFor("the kiosk to close from the coordinator menu") { _ in (try? session.commandHasEnded()) == true }

        let database = "\(data)/demo.sqlite"
        let audit = try ChildProcess.runWaiting(["sqlite3", database,
            "SELECT COUNT(*) FROM audit_entries WHERE actor LIKE 'coordinator:XG-450124-017%';"])
        #expect((Int(audit.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 2,
                "the login and the certification are in the audit log: \(audit.output)")
    }

    @Test func fiveWrongPINsLockTheLogin() throws {
        let (session, _) = try TmuxSession.demo()
        try session.openDemoCoordinatorLogin()
        for attempt in 1...5 {
            try session.waitFor(text: "请输入 6 位密码", timeout: .seconds(30))
            try session.send("000000", "Enter")
            if attempt < 5 {
                try session.waitFor(text: "还可以再试 \(5 - attempt) 次", timeout: .seconds(30))
            }
        }
        try session.waitFor(text: "已锁定到", timeout: .seconds(30))
        try session.send("F10")
    }

    @Test func coordinatorRegistersAResidentIDCardReadThroughTheContactlessReader() throws {
        let (session, _) = try TmuxSession.demo()
        try session.logInDemoCoordinator()
        try session.send("7")
        try session.waitFor(text: "请把村民的身份证放到读卡区")
        try session.send("F8")
        try session.waitFor(text: "这张身份证是哪位村民的", timeout: .seconds(30))
        try session.send("450124194708175761", "Enter")
        try session.waitFor(text: "已登记：莫翠兰的身份证", timeout: .seconds(30))
        try session.send("Enter")
        try session.waitFor(text: "协管员工作台")
        try session.send("9")
        try session.waitFor("the kiosk to close") { _ in (try? session.commandHasEnded()) == true }
    }
}
