import ChildProcessSupport
import Foundation
import Testing

/// `kiosk demo --today`: the demo plays on the chosen day, with the village drawn up for it, whatever the
/// machine's date; a demo data folder seeded for another day is drawn up again.
@Suite(.serialized)
struct DemoDayEndToEndTests {
    @Test(arguments: ["2027-03-01", "2028-02-29", "2026-12-31"])
    func theStatusLineShowsTheChosenDayAndThePensionerIsDueForCertificationThatDay(day: String) throws {
        let (session, _) = try TmuxSession.demo(today: day)
        let home = try session.waitFor(text: "F6 韦秀英")
        #expect(home.contains { $0.contains("\(day) 09:0") }, "the status line shows the chosen day at 09:00:\n\(home.joined(separator: "\n"))")
        try session.send("F6")
        try session.waitFor(text: "[1] 资格认证", timeout: .seconds(30))
        try session.send("1")
        let due = try session.waitFor(text: "本人健在，确认认证")
        #expect(!due.joined().contains("暂时不能办理"), "certification is offered, not refused:\n\(due.joined(separator: "\n"))")
        try session.send("F9")
        try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("F10")
        try session.waitFor("the demo to end") { _ in (try? session.commandHasEnded()) == true }
    }

    @Test func aDemoFolderSeededForAnotherDayIsDrawnUpForTheNewDay() throws {
        let (first, data) = try TmuxSession.demo(today: "2027-03-01")
        try first.waitFor(text: "F6 韦秀英")
        try first.send("F10")
        try first.waitFor("the demo to end") { _ in (try? first.commandHasEnded()) == true }

        let kiosk = try KioskBinary.path("kiosk")
        let second = try TmuxSession(command: "\(kiosk) demo --data-dir \(data) --today 2028-02-29",
                                     environment: ["LANG": "C.UTF-8", "TERM": "screen-256color"])
        try second.waitFor(text: "F6 韦秀英")
        try second.send("F10")
        try second.waitFor("the demo to end") { _ in (try? second.commandHasEnded()) == true }
        let seeded = try ChildProcess.runWaiting(["sqlite3", "\(data)/demo.sqlite",
            "SELECT detail FROM audit_entries WHERE action = 'demoSeed';"])
        #expect(seeded.output.contains("\"day\":\"2028-02-29\""), "one seed, for the new day: \(seeded.output)")
        #expect(!seeded.output.contains("2027-03-01"))
    }
}
