import SmartCard
import Testing

/// Runs a suite with pcscd available: uses the one already running, or starts one and stops it afterwards.
struct PCSCDaemonScope: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        let ownership = try PCSCDaemon.ensureRunning()
        defer { ownership.stopIfStarted() }
        try await function()
    }
}

extension Trait where Self == PCSCDaemonScope {
    /// pcscd runs for the whole suite.
    static var pcscd: PCSCDaemonScope { PCSCDaemonScope() }
}
