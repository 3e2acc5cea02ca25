import KioskSync
import Testing

struct RetryBackoffTests {
    let backoff = RetryBackoff(initial: 2, maximum: 600, interval: 60)

    @Test func allWellWaitsTheRegularInterval() {
        #expect(backoff.delay(afterFailures: 0, unit: 0.3) == 60)
    }

    @Test func failuresDoubleTheWaitUpToTheCap() {
        let full = (1...12).map { backoff.delay(afterFailures: $0, unit: 1) }
        #expect(full == [2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600])
        #expect(backoff.delay(afterFailures: 100, unit: 1) == 600)
    }

    @Test func jitterSpreadsTheWaitBetweenHalfAndAllOfTheStep() {
        #expect(backoff.delay(afterFailures: 4, unit: 0) == 8)
        #expect(backoff.delay(afterFailures: 4, unit: 0.5) == 12)
        #expect(backoff.delay(afterFailures: 4, unit: 1) == 16)
    }
}
