import Foundation
import SmartCard
import Synchronization

/// What a villager waits for in the real `kiosk demo` under a pseudo-terminal: a card inserted to their
/// name and menu on screen, a key to the next screen, and a receipt to the printer file.
///
/// The card's arrival is taken from pcscd: the benchmark watches the same virtual reader the kiosk does
/// and notes when pcscd reports the card, so "inserted to name" is the kiosk's own share (reading the
/// card, loading the file, drawing). The time from the simulated card key (F7) is printed beside it; it
/// adds how long pcscd takes to notice the simulator's card, which a real reader's driver reports
/// at once.
enum SessionBenchmark {
    /// Rounds of insert, keys, print and pull.
    static let rounds = 30
    /// The demo's F7 villager (黄海军): their name, drawn as soon as the card is read.
    static let nameMarker = "您好，黄海军"
    /// Their service menu, drawn once their file is loaded. (Markers are runs of text drawn in one style:
    /// the terminal's output breaks a line wherever the style changes.)
    static let menuMarker = "请选择要办理的业务"
    /// The query menu, the next screen after "4".
    static let queryMarker = "我的账户和养老金"
    /// The account summary, after "1".
    static let accountMarker = "个人账户余额"
    /// The second page of the account's years (only the changed cells are drawn: the last year's row is new).
    static let yearsPageMarker = "2026      100.00"
    /// The contribution certificate, after "9" (the years' page) and "1".
    static let certificateMarker = "个人账户储存额"
    /// Shown once the receipt has gone to the printer.
    static let printedMarker = "已打印"
    /// The home screen, after the card is pulled.
    static let homeMarker = "请插入社会保障卡或身份证"
    /// The day the demo plays, so the screens (and the markers) are the same on any day the benchmark runs.
    static let demoDay = "2026-11-30"
    /// xterm's F7 and F9.
    static let insertKey = "\u{1B}[18~", pullKey = "\u{1B}[20~"

    static func run() throws -> [String] {
        let daemon = try PCSCDaemon.ensureRunning()
        defer { daemon.stopIfStarted() }
        let kiosk = try FirstFrameBenchmark.siblingProgram("kiosk")
        let data = NSTemporaryDirectory() + "kiosk-bench-session-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: data) }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
        let child = try PseudoTerminalChild(executable: kiosk, arguments: ["demo", "--data-dir", data, "--today", demoDay], environment: environment)
        defer { child.stop() }
        guard child.waitForOutput(containing: "F7 黄海军") else { throw BenchmarkError.setup("kiosk demo drew no home screen") }
        let arrivals = CardArrivals()
        let printer = (data as NSString).appendingPathComponent("receipts.escpos")

        var fromKey = Measurements(), fromPCSCD = Measurements(), toMenu = Measurements(), nextScreen = Measurements()
        var printing = Measurements(), printedShown = Measurements()
        for round in 0...rounds {
            // Round 0 warms up: the simulator's first connection and pcscd's first reader poll.
            let warm = round > 0
            child.discardOutput()
            let pressed = ContinuousClock.now
            child.type(insertKey)
            try expect(child, nameMarker, timeout: .seconds(30))
            let named = ContinuousClock.now
            try expect(child, menuMarker)
            let shown = ContinuousClock.now
            if warm, let arrived = arrivals.first(after: pressed) {
                fromKey.add(named - pressed)
                fromPCSCD.add(named - arrived)
                toMenu.add(shown - arrived)
            }
            for (key, marker) in [("4", queryMarker), ("1", accountMarker), ("9", yearsPageMarker), ("1", certificateMarker)] {
                child.discardOutput()
                let start = ContinuousClock.now
                child.type(key)
                try expect(child, marker)
                if warm { nextScreen.add(ContinuousClock.now - start) }
            }
            let before = fileSize(printer)
            child.discardOutput()
            let start = ContinuousClock.now
            child.type("1")
            try waitForReceipt(printer, after: before)
            let written = ContinuousClock.now
            try expect(child, printedMarker)
            if warm {
                printing.add(written - start)
                printedShown.add(ContinuousClock.now - start)
            }
            child.discardOutput()
            child.type(pullKey)
            try expect(child, homeMarker)
        }
        arrivals.stop()
        guard fromPCSCD.samples.count == rounds else {
            throw BenchmarkError.setup("pcscd reported \(fromPCSCD.samples.count) of \(rounds) insertions to the benchmark")
        }
        return [
            "card inserted (pcscd's notice) to the name on screen (\(rounds) cards): median \(ms(fromPCSCD.median)), p99 \(ms(fromPCSCD.p99)) (goal: median < 50 ms, p99 < 100 ms); to the service menu: median \(ms(toMenu.median)), p99 \(ms(toMenu.p99))",
            "simulated card key F7 to the name (adds the virtual reader's own delay): median \(ms(fromKey.median)), p99 \(ms(fromKey.p99))",
            "a key to the next screen (\(nextScreen.samples.count) keys): median \(ms(nextScreen.median)), p99 \(ms(nextScreen.p99)) (goal: p99 < 16 ms)",
            "print key to the whole receipt in the printer file (\(rounds) receipts): median \(ms(printing.median)), p99 \(ms(printing.p99)); to \"已打印\" on screen: median \(ms(printedShown.median)), p99 \(ms(printedShown.p99))",
        ]
    }

    private static func ms(_ duration: Duration) -> String {
        "\(format(duration.milliseconds)) ms"
    }

    private static func expect(_ child: PseudoTerminalChild, _ marker: String, timeout: Duration = .seconds(5)) throws {
        guard child.waitForOutput(containing: marker, timeout: timeout) else {
            throw BenchmarkError.setup("kiosk demo did not show \"\(marker)\" within \(timeout)")
        }
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Waits until the printer file has grown past `size` and ends with a paper cut (GS V m 0).
    private static func waitForReceipt(_ path: String, after size: Int, timeout: Duration = .seconds(5)) throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if fileSize(path) > size, let handle = FileHandle(forReadingAtPath: path) {
                defer { try? handle.close() }
                if let end = try? handle.seekToEnd(), end >= 4 {
                    try? handle.seek(toOffset: end - 4)
                    let tail = [UInt8](handle.readDataToEndOfFile())
                    if tail.count == 4, tail[0] == 0x1D, tail[1] == 0x56, tail[3] == 0x00 { return }
                }
            }
            usleep(200)
        }
        throw BenchmarkError.setup("no whole receipt reached \(path) within \(timeout)")
    }
}

/// When pcscd reported each card insertion to the benchmark's own watcher of the readers.
final class CardArrivals: Sendable {
    private let times = Mutex<[ContinuousClock.Instant]>([])
    private let task = Mutex<Task<Void, Never>?>(nil)

    init() {
        let stream = CardEventSource(retryInterval: .milliseconds(100)).events()
        let watching = Task.detached { [self] in
            for await event in stream {
                if case .cardInserted = event {
                    let now = ContinuousClock.now
                    times.withLock { $0.append(now) }
                }
            }
        }
        task.withLock { $0 = watching }
    }

    /// The first insertion reported after `instant`, waiting up to a second for it.
    func first(after instant: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        let deadline = ContinuousClock.now + .seconds(1)
        repeat {
            if let found = times.withLock({ $0.first { $0 >= instant } }) { return found }
            usleep(500)
        } while ContinuousClock.now < deadline
        return nil
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }
}
