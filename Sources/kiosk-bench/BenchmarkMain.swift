import Foundation

/// `kiosk-bench`: prints the kiosk's speed figures, each beside its yardstick where it has one.
@main
enum BenchmarkMain {
    static func main() {
        let sections: [(String, () throws -> [String])] = [
            ("Terminal", { try FirstFrameBenchmark.run() + FrameBenchmark.run() }),
            ("Cards", { try CardBenchmark.run() }),
            ("Store", { try StoreBenchmark.run() }),
            ("Employment", { MatchingBenchmark.run() + (try ConfirmationScreenBenchmark.run()) }),
        ]
        var failed = false
        // `kiosk-bench employment` runs only the sections named (any case); no names run them all.
        let chosen = Set(CommandLine.arguments.dropFirst().map { $0.lowercased() })
        for (name, run) in sections where chosen.isEmpty || chosen.contains(name.lowercased()) {
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
