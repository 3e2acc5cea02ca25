import Foundation

/// Time from start to the first full frame of `kiosk demo` under a pseudo-terminal, beside
/// Debian's `dialog --infobox` measured the same way in the same run.
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
        for _ in 0..<runs {
            try kioskTimes.time {
                let child = try PseudoTerminalChild(executable: kiosk, arguments: ["demo", "--data-dir", data], environment: environment)
                guard child.waitForOutput(containing: "那料村") else { throw BenchmarkError.setup("kiosk demo drew no first frame") }
                child.stop()
            }
            try dialogTimes.time {
                let child = try PseudoTerminalChild(executable: dialog, arguments: ["--infobox", "请插入社会保障卡", "5", "40"], environment: environment)
                guard child.waitForOutput(containing: "请插入社会保障卡") else { throw BenchmarkError.setup("dialog drew nothing") }
                child.stop()
            }
        }
        let ratio = kioskTimes.median.milliseconds / max(dialogTimes.median.milliseconds, 0.001)
        return [
            "first frame, kiosk demo (80x24, \(runs) runs): median \(format(kioskTimes.median.milliseconds)) ms, p99 \(format(kioskTimes.p99.milliseconds)) ms",
            "first frame, dialog --infobox (same pty): median \(format(dialogTimes.median.milliseconds)) ms, p99 \(format(dialogTimes.p99.milliseconds)) ms",
            "first frame ratio kiosk/dialog: \(format(ratio))x (goal: at most 1.2x)",
        ]
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
