import Foundation

/// Makes sure the card service (pcscd) runs, starting it in the foreground as a child when it does not.
public enum PCSCDaemon {
    /// Who owns the running pcscd after `ensureRunning`.
    public enum Ownership: Sendable {
        /// pcscd was already running; leave it alone.
        case alreadyRunning
        /// This process started pcscd; stop it when done.
        case started(StartedPCSCDaemon)

        /// Stops pcscd only if this process started it.
        public func stopIfStarted() {
            if case .started(let daemon) = self { daemon.stop() }
        }
    }

    /// True when a PC/SC context can be established now.
    public static func isRunning() -> Bool {
        (try? PCSCContext()) != nil
    }

    /// Starts `pcscd -f` unless a pcscd answers already; waits until it accepts clients.
    public static func ensureRunning(executable: String = "/usr/sbin/pcscd",
                                     timeout: Duration = .seconds(5)) throws(SmartCardError) -> Ownership {
        if isRunning() { return .alreadyRunning }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-f"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw .serviceNotRunning }
        let daemon = StartedPCSCDaemon(process: process)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let context = try? PCSCContext(), let names = try? context.readerNames(), !names.isEmpty {
                return .started(daemon)
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        if isRunning() { return .started(daemon) }
        daemon.stop()
        throw .serviceNotRunning
    }
}

/// A pcscd this process started; `stop()` ends it and waits for it to exit.
public final class StartedPCSCDaemon: @unchecked Sendable {
    private let process: Process

    init(process: Process) {
        self.process = process
    }

    /// The daemon's process id.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Terminates the daemon (SIGTERM, then SIGKILL after two seconds) and waits for its exit.
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + .seconds(2)
        while process.isRunning, ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
