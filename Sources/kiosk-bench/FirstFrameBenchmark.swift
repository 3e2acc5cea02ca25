import Foundation

/// Time from start to the first full frame of `kiosk demo` under a pseudo-terminal, beside
/// Debian's `dialog --infobox` measured the same way in the same run.
/// Each program is started through `PseudoTerminalChild` and timed until its marker text reaches the terminal.
enum FirstFrameBenchmark {
    static func run(runs: Int = 20) throws -> [String] {
        let kiosk = try siblingProgram("kiosk")
        guard let dialog = which("dialog") else {
            throw BenchmarkError.setup("dialog is not installed (Kiosk/setup --dev installs it)")
        }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
        let data = NSTemporaryDirectory() + "kiosk-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: data) }

        var kioskTimes = Measurements()
        var dialogTimes = Measurements()
        // One untimed start of each first: the demo's first start seeds its database, and both programs then come
        // from the page cache in every timed run.
        for run in -1..<runs {
            let kioskTime = try firstFrame(of: kiosk, ["demo", "--data-dir", data], marker: "那料村", environment: environment)
            let dialogTime = try firstFrame(of: dialog, ["--infobox", "请插入社会保障卡", "5", "40"], marker: "请插入社会保障卡",
                                            environment: environment)
            if run >= 0 {
                kioskTimes.add(kioskTime)
                dialogTimes.add(dialogTime)
            }
        }
        let ratio = kioskTimes.median.milliseconds / max(dialogTimes.median.milliseconds, 0.001)
        return [
            "first frame, kiosk demo (80x24, \(runs) runs): median \(format(kioskTimes.median.milliseconds)) ms, p99 \(format(kioskTimes.p99.milliseconds)) ms",
            "first frame, dialog --infobox (same pty): median \(format(dialogTimes.median.milliseconds)) ms, p99 \(format(dialogTimes.p99.milliseconds)) ms",
            "first frame ratio kiosk/dialog: \(format(ratio))x (goal: at most 1.2x)",
        ]
    }

    /// The time from starting `program` to `marker` on its screen. Only that is timed: the program is stopped
    /// afterwards, outside the measurement (waiting for a program to end is not part of its first frame).
    static func firstFrame(of program: String, _ arguments: [String], marker: String, environment: [String: String]) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let child = try PseudoTerminalChild(executable: program, arguments: arguments, environment: environment)
        defer { child.stop() }
        guard child.waitForOutput(containing: marker) else {
            throw BenchmarkError.setup("\((program as NSString).lastPathComponent) drew no first frame")
        }
        return clock.now - start
    }

    /// A program built beside this benchmark.
    static func siblingProgram(_ name: String) throws -> String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError.setup("\(path) is not built: run `swift build -c release` first")
        }
        return path
    }

    /// The full path of a program on PATH, if any.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
