import Foundation
import SmartCard
import Synchronization

/// The demo's pcscd: started when none runs, and stopped at the end only if the demo started it.
final class DemoCardService: Sendable {
    private let ownership = Mutex<PCSCDaemon.Ownership?>(nil)

    /// Makes sure pcscd runs; false when it cannot be started.
    func start() -> Bool {
        guard let started = try? PCSCDaemon.ensureRunning() else {
            return false
        }
        ownership.withLock { $0 = started }
        return true
    }

    /// Stops pcscd if `start` started it.
    func stop() {
        ownership.withLock { $0 }?.stopIfStarted()
    }
}
