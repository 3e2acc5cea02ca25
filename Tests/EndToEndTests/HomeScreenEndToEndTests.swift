import ChildProcessSupport
import Foundation
import Testing

/// The real `kiosk demo` in a real terminal: first frame, language switch, resize, quit.
@Suite(.serialized)
struct HomeScreenEndToEndTests {
    @Test func demoShowsHomeSwitchesLanguageRedrawsOnResizeAndRestoresTheTerminalOnQuit() throws {
        let (session, _) = try TmuxSession.demo(prefix: "stty sane; ", suffix: "; echo \"EXIT:$?\"; stty -a; sleep 60")

        let home = try session.waitFor(text: "请插入社会保障卡或身份证")
        #expect(home.contains { $0.contains("Please insert your social-security card or ID card") })
        #expect(home.contains { $0.contains("按数字键选择") })
        #expect(home[0].contains("村级就业社保服务终端"))
        #expect(home.last { !$0.isEmpty }?.contains("马山县白山镇那料村") == true)

        try session.send("2")
        let english = try session.waitFor(text: "Press a number key to choose")
        #expect(english[0].contains("Village Employment & Social Security Kiosk"))

        try session.resize(width: 120, height: 40)
        let large = try session.waitFor("a 120x40 redraw") { lines in
            lines.count >= 40 && lines[39].contains("马山县白山镇那料村")
        }
        #expect(large.contains { $0.contains("Press a number key to choose") })

        try session.resize(width: 60, height: 20)
        try session.waitFor(text: "Window too small")

        try session.resize(width: 80, height: 24)
        let back = try session.waitFor(text: "Press a number key to choose")
        #expect(!back.contains { $0.contains("Window too small") })

        try session.send("F10")
        try session.waitFor(text: "EXIT:0")
        // stty prints its local flags (isig, icanon, echo, ...) a moment after the exit status.
        let after = try session.waitFor(text: "isig")
        let settings = Set(after.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init))
        #expect(settings.contains("icanon"), "the terminal is back in line mode")
        #expect(settings.contains("echo"), "echo is back on")
    }

    @Test func unknownKeysAreIgnoredOnTheHomeScreen() throws {
        let (session, _) = try TmuxSession.demo()
        let before = try session.waitFor(text: "请插入社会保障卡或身份证")
        try session.send("x", "F2", "Up", "7", "Escape")
        try session.send("2")
        let after = try session.waitFor(text: "Press a number key to choose")
        #expect(after.count == before.count)
        #expect(try !session.commandHasEnded())
        try session.send("F10")
    }

    @Test func missingConfigFileGivesOneLineNamingThePath() throws {
        let kiosk = try KioskBinary.path("kiosk")
        let result = try run(kiosk, ["run", "--config", "/nonexistent/kiosk.json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/kiosk.json"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unusableDatabaseFolderGivesOneLineNamingThePath() throws {
        let kiosk = try KioskBinary.path("kiosk")
        let data = try KioskBinary.temporaryFolder()
        let config = "\(data)/kiosk.json"
        let json = #"{"villageCode":"450124100210","villageName":"那料村","database":"/nonexistent-folder/kiosk.sqlite"}"#
        try json.write(toFile: config, atomically: true, encoding: .utf8)
        let result = try run(kiosk, ["run", "--config", config])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent-folder"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let result = try ChildProcess.runWaiting([path] + arguments)
        return (result.status, result.output)
    }
}
