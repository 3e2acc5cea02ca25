/// How long the background sync waits before trying again: exponential back-off with jitter, capped.
public struct RetryBackoff: Sendable, Hashable {
    /// The wait after the first failure, in seconds.
    public var initial: Double
    /// The longest wait, in seconds.
    public var maximum: Double
    /// The wait between syncs while all goes well, in seconds.
    public var interval: Double

    /// A back-off from its parts.
    public init(initial: Double = 2, maximum: Double = 600, interval: Double = 60) {
        self.initial = initial
        self.maximum = maximum
        self.interval = interval
    }

    /// The wait after `failures` failures in a row (0: the regular interval); `unit` in 0..<1 picks the jitter,
    /// so the wait is between half and all of the exponential step and kiosks that failed together spread out.
    public func delay(afterFailures failures: Int, unit: Double) -> Double {
        guard failures > 0 else { return interval }
        let step = min(maximum, initial * pow2(failures - 1))
        return step * (0.5 + 0.5 * min(max(unit, 0), 1))
    }

    private func pow2(_ exponent: Int) -> Double {
        exponent >= 62 ? Double.greatestFiniteMagnitude : Double(1 << exponent)
    }
}
