import Dispatch
import Foundation
import Subprocess
import Synchronization

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
        guard FileManager.default.isExecutableFile(atPath: executable) else { throw .serviceNotRunning }
        let daemon = StartedPCSCDaemon(executable: executable)
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let context = try? PCSCContext(), let names = try? context.readerNames(), !names.isEmpty {
                return .started(daemon)
            }
            guard !daemon.hasExited else { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        if isRunning() { return .started(daemon) }
        daemon.stop()
        throw .serviceNotRunning
    }
}

/// A pcscd this process started, run with swift-subprocess; `stop()` ends it and waits for its exit.
///
/// The child lives inside a task that awaits it; stopping cancels the task, which makes
/// swift-subprocess send SIGTERM and, after two seconds, SIGKILL, then reap it.
public final class StartedPCSCDaemon: Sendable {
    private let task: Task<Void, Never>
    private let end = End()

    /// Whether the child has exited, and a signal for whoever waits for that.
    private final class End: Sendable {
        let exited = Atomic<Bool>(false)
        let semaphore = DispatchSemaphore(value: 0)
    }

    init(executable: String) {
        let end = self.end
        task = Task.detached {
            var options = PlatformOptions()
            options.teardownSequence = [.gracefulShutDown(allowedDurationToNextStep: .seconds(2))]
            _ = try? await Subprocess.run(.path(.init(executable)), arguments: ["-f"], platformOptions: options,
                                          input: .none, output: .discarded, error: .discarded)
            end.exited.store(true, ordering: .sequentiallyConsistent)
            end.semaphore.signal()
        }
    }

    /// True once the daemon has exited (or could not start).
    public var hasExited: Bool { end.exited.load(ordering: .sequentiallyConsistent) }

    /// Terminates the daemon (SIGTERM, then SIGKILL after two seconds) and waits for its exit; once is enough.
    public func stop() {
        guard !hasExited else { return }
        task.cancel()
        end.semaphore.wait()
        end.semaphore.signal()
    }
}
