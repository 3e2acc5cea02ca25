import Foundation

/// `kiosk-bench`: prints the kiosk's speed figures, each beside its yardstick where it has one.
@main
enum BenchmarkMain {
    static func main() {
        let sections: [(String, () throws -> [String])] = [
            ("Terminal", { try FirstFrameBenchmark.run() + FrameBenchmark.run() }),
            ("Cards", { try CardBenchmark.run() }),
            ("Store", { try StoreBenchmark.run() }),
        ]
        var failed = false
        for (name, run) in sections {
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
