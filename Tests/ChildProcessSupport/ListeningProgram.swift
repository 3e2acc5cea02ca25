import Foundation

/// A server program started for a test and left running: it is ready once it has printed the line naming where it
/// listens (as `kiosk-hub serve` does). Unlike `ChildProcess`, the caller holds the process and ends it.
public enum ListeningProgram {
    /// Starts `program` with `arguments` and returns it with the first line it printed; throws, with the child ended,
    /// when no line comes within `timeout`.
    public static func start(_ program: String, _ arguments: [String],
                             timeout: Duration = .seconds(30)) throws -> (process: Process, line: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = ContinuousClock.now + timeout
        while !text.contains("\n"), ContinuousClock.now < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first.map(String.init) else {
            process.terminate()
            process.waitUntilExit()
            throw ListeningProgramError.printedNoLine(program: program, output: text)
        }
        return (process, line)
    }
}

/// A server program ended or went quiet before saying where it listens.
public enum ListeningProgramError: Error, CustomStringConvertible {
    case printedNoLine(program: String, output: String)

    public var description: String {
        switch self {
        case .printedNoLine(let program, let output): "\(program) did not say where it listens: \(output)"
        }
    }
}
