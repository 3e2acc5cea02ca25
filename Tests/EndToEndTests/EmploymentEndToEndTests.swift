import ChildProcessSupport
import Foundation
import Testing

/// The coordinator's employment work at the real kiosk: a month's records confirmed mostly with one key each, the
/// long-term unemployed, this month's matching, and the weekly notice printed on the demo printer.
@Suite(.serialized)
struct EmploymentEndToEndTests {
    @Test func theCoordinatorConfirmsTheMonthSeesTheLongTermUnemployedMatchesAndPrintsTheNotice() throws {
        let (session, data) = try TmuxSession.demo()
        try session.logInDemoCoordinator()
        try session.send("0")
        try session.waitFor(text: "本月劳动力信息确认")

        // On 30 November the screen works on November: last month's status pre-filled, 1 keeps it.
        try session.send("1")
        try session.waitFor(text: "2026-11 劳动力信息：已确认 0/", timeout: .seconds(30))
        for _ in 0..<4 { try session.send("1") }
        try session.send("4")
        try session.waitFor(text: "劳动力信息：已确认 5/")
        try session.send("Enter")
        try session.waitFor(text: "2026-11 已保存 5 条记录（原记录保留）", timeout: .seconds(30))
        try session.send("Enter")

        try session.send("2")
        // The list is October's, the latest month whose records were due (by 5 November).
        let longTerm = try session.waitFor(text: "2026-10 连续3个月未就业人员：", timeout: .seconds(30))
        #expect(longTerm.contains { $0.contains("推介岗位") }, "\(longTerm.joined(separator: "\n"))")
        try session.send("Escape")

        try session.send("3")
        try session.waitFor(text: "2026-11 岗位匹配完成", timeout: .seconds(30))
        try session.send("Enter")

        try session.send("4")
        try session.waitFor(text: "本周就业岗位信息（2026-11-30", timeout: .seconds(30))
        try session.waitFor(text: "已打印", timeout: .seconds(30))
        let kiosk = try KioskBinary.path("kiosk")
        let dump = try ChildProcess.runWaiting([kiosk, "printer", "dump", "\(data)/receipts.escpos"])
        #expect(dump.output.contains("本周就业岗位信息"), "the notice was printed:\n\(dump.output)")
        try session.send("F10")
    }
}
