import Foundation

/// `kiosk-bench`: prints the kiosk's speed figures, each beside its yardstick where it has one.
@main
enum BenchmarkMain {
    static func main() {
        let sections: [(String, () throws -> [String])] = [
            // The sections that read cards through the virtual reader come before the first-frame runs, whose demos are
            // stopped as soon as they draw: vpcd takes a while to settle after twenty such connections in a row.
            ("Session", { try SessionBenchmark.run() }),
            ("Cards", { try CardBenchmark.run() }),
            ("Terminal", { try FirstFrameBenchmark.run() + FrameBenchmark.run() }),
            ("Store", { try StoreBenchmark.run() }),
            ("Employment", { MatchingBenchmark.run() + (try ConfirmationScreenBenchmark.run()) }),
            ("County hub", { try HubBenchmark.run() }),
        ]
        var failed = false
        // `kiosk-bench employment hub` runs only the sections whose names contain the words given (any case);
        // no words run them all.
        let chosen = CommandLine.arguments.dropFirst().map { $0.lowercased() }
        for (name, run) in sections where chosen.isEmpty || chosen.contains(where: name.lowercased().contains) {
            print("== \(name)")
            do {
                for line in try run() {
                    print("  \(line)")
                }
            } catch {
                failed = true
                print("  failed: \(error)")
            }
        }
        exit(failed ? 1 : 0)
    }
}
