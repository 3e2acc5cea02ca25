import Foundation

/// A program started on a new pseudo-terminal of a given size, whose screen output can be awaited.
///
/// Kept on Foundation's `Process` rather than swift-subprocess: the benchmark holds the child as an
/// object across synchronous steps (start, wait for a marker, type, measure, stop) while it reads the
/// terminal's master side itself, and swift-subprocess only runs a child inside one async closure.
final class PseudoTerminalChild {
    let process = Process()
    private let master: Int32
    private var output = [UInt8]()
    /// Linux `TIOCSPTLCK` and `TIOCGPTN` (function-like macros, which Swift does not import).
    private static let unlockPseudoTerminal: UInt = 0x4004_5431
    private static let pseudoTerminalNumber: UInt = 0x8004_5430

    /// Starts `executable` with `arguments` on a fresh pseudo-terminal of `width` x `height`.
    init(executable: String, arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.unlockPseudoTerminal, &unlock) == 0, ioctl(master, Self.pseudoTerminalNumber, &number) == 0 else {
            throw BenchmarkError.setup("cannot open a pseudo-terminal")
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        guard let slave = FileHandle(forUpdatingAtPath: name) else {
            throw BenchmarkError.setup("cannot open the pseudo-terminal's slave side")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        close(master)
    }

    /// Reads the child's output until `marker` appears; false when `timeout` passes first. Output read by an earlier
    /// wait counts too (a screen and the next one often come in one read), until `discardOutput()` forgets it.
    func waitForOutput(containing marker: String, timeout: Duration = .seconds(20)) -> Bool {
        let needle = Array(marker.utf8)
        if Self.contains(output, needle) { return true }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while clock.now < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return false }
            output.append(contentsOf: buffer[0..<count])
            if output.count >= needle.count, Self.contains(output, needle) {
                return true
            }
        }
        return false
    }

    /// Forgets the output read so far (and what is waiting), so the next wait sees only what comes after.
    func discardOutput() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        while poll(&poller, 1, 0) > 0, read(master, &buffer, buffer.count) > 0 {}
        output.removeAll(keepingCapacity: true)
    }

    /// Types `text` (keys as the terminal sends them) into the child's terminal.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, bytes.count) }
    }

    /// Ends the child and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
        }
        process.waitUntilExit()
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle {
                return true
            }
        }
        return false
    }
}

/// Why a benchmark could not run.
enum BenchmarkError: Error, CustomStringConvertible {
    case setup(String)
    var description: String {
        switch self {
        case .setup(let why): why
        }
    }
}
