/// A set of timings of one operation, summarised as the benchmark prints them.
struct Measurements {
    private(set) var samples: [Duration] = []

    mutating func add(_ sample: Duration) {
        samples.append(sample)
    }

    /// Times `body` once and keeps the sample.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        samples.append(clock.now - start)
        return result
    }

    /// The sample below which `fraction` of the samples lie (nearest rank).
    func percentile(_ fraction: Double) -> Duration {
        guard !samples.isEmpty else { return .zero }
        return samples.sorted()[nearestRank(count: samples.count, fraction)]
    }

    var median: Duration { percentile(0.5) }
    var p99: Duration { percentile(0.99) }
}

/// The index in a sorted list of `count` samples below which `fraction` of them lie (nearest rank).
func nearestRank(count: Int, _ fraction: Double) -> Int {
    let rank = Int((fraction * Double(count)).rounded(.up)) - 1
    return min(max(rank, 0), count - 1)
}

/// The value below which `fraction` of `values` lie (nearest rank); 0 when there are none.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    return values.sorted()[nearestRank(count: values.count, fraction)]
}

/// The median of `values` (nearest rank); 0 when there are none.
func median(_ values: [Double]) -> Double {
    percentile(values, 0.5)
}

extension Duration {
    /// The duration in milliseconds, for printing.
    var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }

    /// The duration in microseconds, for printing.
    var microseconds: Double {
        milliseconds * 1_000
    }
}

/// Formats a number with a fixed count of decimals.
func format(_ value: Double, decimals: Int = 2) -> String {
    var text = String(Int((value * pow10(decimals)).rounded()))
    guard decimals > 0 else { return text }
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    while text.count <= decimals { text = "0" + text }
    text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
    return (negative ? "-" : "") + text
}

private func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
}
