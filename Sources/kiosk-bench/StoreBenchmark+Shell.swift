import Foundation

extension StoreBenchmark {
    /// Runs SQL through the `sqlite3` command-line tool with `.timer on` and reads back the real times.
    enum Shell {
        /// The `sqlite3` executable on the PATH.
        static func executable() throws -> URL {
            let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            for folder in paths {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent("sqlite3")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw ShellError.notFound
        }

        enum ShellError: Error { case notFound, failed(String) }

        /// Runs a script and returns its standard output.
        static func run(path: String, script: String) throws -> String {
            let process = Process()
            process.executableURL = try executable()
            process.arguments = [path]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let writer = Thread {
                input.fileHandleForWriting.write(Data(script.utf8))
                try? input.fileHandleForWriting.close()
            }
            writer.start()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            let problems = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0, problems.isEmpty else {
                throw ShellError.failed(String(decoding: problems, as: UTF8.self))
            }
            return String(decoding: data, as: UTF8.self)
        }

        /// Runs each unit of SQL in one session between nanosecond clock markers (`.system date +%s%N`);
        /// returns each unit's time in ms with the median empty marker-to-marker gap subtracted.
        /// (`.timer` only prints whole milliseconds of real time, too coarse here.)
        static func timedUnits(path: String, preamble: String, units: [String], baselines: Int = 40) throws -> [Double] {
            let marker = ".system date +%s%N"
            var script = preamble + "\n" + marker + "\n"
            for _ in 0..<baselines { script += marker + "\n" }
            for unit in units { script += unit + "\n" + marker + "\n" }
            let stamps = try run(path: path, script: script).split(separator: "\n").compactMap { line -> Int64? in
                line.count >= 18 && line.allSatisfy(\.isNumber) ? Int64(line) : nil
            }
            guard stamps.count == baselines + units.count + 1 else {
                throw ShellError.failed("expected \(baselines + units.count + 1) markers, got \(stamps.count)")
            }
            let gaps = zip(stamps.dropFirst(), stamps).map { Double($0 - $1) / 1_000_000 }
            let overhead = median(Array(gaps.prefix(baselines)))
            return gaps.suffix(units.count).map { max(0, $0 - overhead) }
        }
    }
}
