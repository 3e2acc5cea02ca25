import ChildProcessSupport
import Foundation

/// A real terminal for end-to-end tests: a tmux window running a command, typed into with
/// `send-keys` and read with `capture-pane`.
final class TmuxSession {
    let socket: String
    let name: String

    /// Starts `command` (run by `sh -c`) in a new detached tmux session of the given size.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = ProcessInfo.processInfo.environment["KIOSK_TEST_TMUX_SOCKET"] ?? "kiosk-e2e-\(getpid())"
        name = "e2e-\(UUID().uuidString.prefix(8))"
        let exports = environment.map { "export \($0.key)='\($0.value)'; " }.joined()
        // The session starts idle so remain-on-exit is set before the command can end.
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sleep 86400"])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        try tmux(["respawn-pane", "-k", "-t", name, "sh", "-c", exports + command])
    }

    deinit {
        _ = try? tmux(["kill-session", "-t", name])
    }

    /// Types keys: tmux key names such as `Enter`, `F10`, `Escape`, or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Makes the window a new size, as a person dragging the terminal's corner would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as lines of text.
    func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// Polls the screen until `predicate` holds, and returns that screen once it has settled; throws with the last
    /// screen on time-out.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Duration = .seconds(20), _ predicate: ([String]) -> Bool
    ) throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen: [String] = []
        while clock.now < deadline {
            screen = try capture()
            if predicate(screen) {
                return try settled(screen, predicate)
            }
            usleep(50_000)
        }
        throw TmuxError.timedOut(waitingFor: what, screen: screen.joined(separator: "\n"))
    }

    /// The screen once two captures in a row agree (at most half a second): a capture can land while the kiosk is
    /// still painting a frame, showing its top lines and not yet the rest. A settled screen that no longer holds
    /// `predicate` (the kiosk moved on) gives way to the one that did.
    private func settled(_ first: [String], _ predicate: ([String]) -> Bool) throws -> [String] {
        var previous = first
        for _ in 0..<20 {
            usleep(25_000)
            let next = try capture()
            if next == previous { return predicate(next) ? next : first }
            previous = next
        }
        return predicate(previous) ? previous : first
    }

    /// Polls until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(20)) throws -> [String] {
        try waitFor(text, timeout: timeout) { lines in lines.contains { $0.contains(text) } }
    }

    /// Whether the command in the window has ended.
    func commandHasEnded() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Runs one tmux command and returns what it printed.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.runWaiting(["tmux", "-u", "-L", socket] + arguments)
        let text = result.output
        guard result.status == 0 else {
            throw TmuxError.failed(arguments: arguments, output: text)
        }
        return text
    }
}

/// Why driving tmux failed.
enum TmuxError: Error, CustomStringConvertible {
    case failed(arguments: [String], output: String)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments, let output): "tmux \(arguments.joined(separator: " ")) failed: \(output)"
        case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

extension TmuxSession {
    /// The day the demo village's files were drawn up for: on it the demo's ID numbers and dates are those in
    /// `Assets/demo/village/`, so a test can type them as they stand there.
    static let referenceDay = "2026-11-30"

    /// `kiosk demo --today DAY` in a new 80x24 window with a fresh data folder, in a UTF-8 locale; returns the
    /// session and the folder. Every end-to-end test chooses its day, never the machine's.
    static func demo(today: String = referenceDay, prefix: String = "",
                     suffix: String = "") throws -> (session: TmuxSession, dataFolder: String) {
        let kiosk = try KioskBinary.path("kiosk")
        let data = try KioskBinary.temporaryFolder()
        let session = try TmuxSession(
            command: "\(prefix)\(kiosk) demo --data-dir \(data) --today \(today)\(suffix)",
            environment: ["LANG": "C.UTF-8", "TERM": "screen-256color"]
        )
        return (session, data)
    }
}

extension TmuxSession {
    /// In `kiosk demo`: opens the coordinator login (9) and inserts the demo coordinator's card (F4), up to the PIN prompt.
    func openDemoCoordinatorLogin() throws {
        try waitFor(text: "F4 韦丽萍")
        try send("9")
        try waitFor(text: "请插入协管员本人的社会保障卡")
        try send("F4")
        try waitFor(text: "请输入 6 位密码", timeout: .seconds(30))
    }

    /// From the coordinator desk of `kiosk demo`: reports that 卢秀英 (ID digits 19381008) died on 2026-11-18, told by a
    /// relative, on a death certificate numbered 450124-2026-0118; sees the confirmation say the pension stops and the
    /// report waits for the county, confirms, types the coordinator's PIN again (with `wrongPINFirst`, a wrong one first,
    /// answered with the tries left and nothing recorded) and waits for the receipt.
    func reportDemoDeath(wrongPINFirst: Bool = false) throws {
        try send("4")
        try waitFor(text: "按身份证号查找", timeout: .seconds(30))
        try send("1")
        try waitFor(text: "请输入身份证号的一部分")
        try send("19381008", "Enter")
        try waitFor(text: "找到 1 人")
        try send("1")
        try waitFor(text: "卢秀英 的死亡日期")
        try send("20261118", "Enter")
        try waitFor(text: "消息来源")
        try send("1")
        try waitFor(text: "的证明材料是")
        try send("1")
        try waitFor(text: "请输入死亡医学证明的编号")
        try send("450124-2026-0118", "Enter")
        try waitFor(text: "养老金停发月份")
        try waitFor(text: "提交后待县审核")
        try send("1")
        if wrongPINFirst {
            try waitFor(text: "请再次输入 6 位协管员密码", timeout: .seconds(30))
            try send("000000", "Enter")
            try waitFor(text: "还可以再试 4 次；什么都没有记录", timeout: .seconds(30))
        }
        try retypeDemoCoordinatorPIN()
        try waitFor(text: "回执号：", timeout: .seconds(30))
    }

    /// At a harmful act's confirmation, once it is confirmed: the demo coordinator's PIN, asked again, is typed.
    func retypeDemoCoordinatorPIN() throws {
        try waitFor(text: "请再次输入 6 位协管员密码", timeout: .seconds(30))
        try waitFor(text: "演示：协管员密码 123456")
        try send("123456", "Enter")
    }

    /// In `kiosk demo`: logs the demo coordinator in with card and PIN, up to the coordinator desk.
    func logInDemoCoordinator() throws {
        try openDemoCoordinatorLogin()
        try send("123456", "Enter")
        try waitFor(text: "协管员工作台", timeout: .seconds(30))
    }
}
