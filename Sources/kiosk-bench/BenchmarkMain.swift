import Foundation

/// `kiosk-bench`: prints the kiosk's speed figures, each beside its yardstick where it has one.
@main
enum BenchmarkMain {
    static func main() {
        let sections: [(String, () throws -> [String])] = [
            ("Terminal", { try FirstFrameBenchmark.run() + FrameBenchmark.run() }),
            ("Cards", { try CardBenchmark.run() }),
            ("Store", { try StoreBenchmark.run() }),
            ("County hub", { try HubBenchmark.run() }),
        ]
        // `kiosk-bench hub` runs only the sections whose name contains "hub" (case-insensitive).
        let only = CommandLine.arguments.dropFirst().first?.lowercased()
        var failed = false
        for (name, run) in sections where only.map({ name.lowercased().contains($0) }) ?? true {
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
