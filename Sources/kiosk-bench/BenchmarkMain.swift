import Foundation

/// `kiosk-bench`: prints the kiosk's speed figures, each beside its yardstick where it has one.
@main
enum BenchmarkMain {
    static func main() {
        let sections: [(String, () throws -> [String])] = [
            ("Terminal", { try FirstFrameBenchmark.run() + FrameBenchmark.run() }),
            ("Session", { try SessionBenchmark.run() }),
            ("Cards", { try CardBenchmark.run() }),
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
