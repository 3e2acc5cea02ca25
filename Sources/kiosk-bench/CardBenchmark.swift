import Foundation
import SmartCard

/// Card benchmark: time from a present card to a decoded identity through pcscd and the vpcd simulator,
/// side by side with a minimal C program sending the same APDUs through the same pcscd and simulator.
enum CardBenchmark {
    /// How many reads each side makes.
    static let reads = 200
    /// The card read.
    static let profile = "gen3-unenrolled-adult"
    static let readerName = "Virtual PCD 00 00"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs the benchmark and returns the figures as printable lines.
    static func run() throws -> [String] {
        let daemon = try PCSCDaemon.ensureRunning()
        defer { daemon.stopIfStarted() }
        let simulator = try startSimulator()
        defer { stop(simulator) }
        let context = try PCSCContext()
        try waitForCard(context)

        let reader = SocialSecurityCardReader(nations: .empty)
        let today = CardDate(year: 2026, month: 11, day: 30)! // any day before the demo cards expire
        var swiftTimes: [Double] = []
        var apdus = 0
        for _ in 0..<reads {
            let start = ContinuousClock.now
            let connection = try context.connect(reader: readerName)
            let raw = try reader.readRaw(over: connection)
            _ = try reader.decoder.identity(from: raw.values, today: today)
            connection.disconnect()
            swiftTimes.append((ContinuousClock.now - start).milliseconds)
            apdus = raw.apduCount
        }
        let baseline = try runBaseline()
        let swiftMedian = percentile(swiftTimes, 0.5), cMedian = percentile(baseline.times, 0.5)
        return [
            "card read, Swift (\(reads) reads): median \(format(swiftMedian)) ms, p99 \(format(percentile(swiftTimes, 0.99))) ms, \(apdus) APDUs per read",
            "card read, C baseline (\(reads) reads): median \(format(cMedian)) ms, p99 \(format(percentile(baseline.times, 0.99))) ms, \(baseline.apdus) APDUs per read",
            "card read, Swift / C median ratio: \(format(swiftMedian / cMedian)) (goal <= 1.30, <= 9 APDUs)",
        ]
    }

    private static func startSimulator() throws -> Process {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let process = Process()
        process.executableURL = directory.appendingPathComponent("kiosk-cardsim")
        process.arguments = ["--reader", "0", "--card", profile]
        process.standardInput = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "kiosk-cardsim not found next to kiosk-bench") }
        return process
    }

    private static func stop(_ simulator: Process) {
        if let input = simulator.standardInput as? Pipe {
            input.fileHandleForWriting.write(Data("quit\n".utf8))
        }
        simulator.waitUntilExit()
    }

    private static func waitForCard(_ context: PCSCContext) throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if (try? context.cardPresent(in: readerName)) == true { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "the simulated card never appeared in \(readerName)")
    }

    private static func runBaseline() throws -> (times: [Double], apdus: Int) {
        let source = try baselineSource()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let binary = work.appendingPathComponent("apdu-baseline").path
        _ = try execute("/usr/bin/cc", ["-O2", "-I/usr/include/PCSC", source, "-o", binary, "-lpcsclite"])
        let output = try execute(binary, [readerName, String(reads)])
        var times: [Double] = []
        var apdus = 0
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let micros = Double(parts[0]), let count = Int(parts[1]) else { continue }
            times.append(micros / 1000)
            apdus = count
        }
        guard times.count == reads else { throw Failure(description: "the C baseline failed") }
        return (times, apdus)
    }

    private static func baselineSource() throws -> String {
        let relative = "Kiosk/bench/apdu-baseline.c"
        let fromCurrent = FileManager.default.currentDirectoryPath + "/" + relative
        if FileManager.default.fileExists(atPath: fromCurrent) { return fromCurrent }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fromPackage = packageRoot.appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: fromPackage) { return fromPackage }
        throw Failure(description: "\(relative) not found")
    }

    private static func execute(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "\(executable) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
