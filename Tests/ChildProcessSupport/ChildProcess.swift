import Dispatch
import Foundation
import Subprocess
import Synchronization

/// The tests' one way to run a program to its end: through swift-subprocess, returning its exit status
/// and output.
///
/// `run` is for async tests. `runWaiting` is for the synchronous end-to-end tests, which run one at a
/// time (`--no-parallel`): the test's thread waits while the child runs. Two tests waiting at once can
/// take every thread of Swift's shared pool (one per core), and swift-subprocess needs one to finish
/// the child (seen: parallel store tests hung), so tests that run in parallel must use `run`.
public enum ChildProcess {
    /// Where the children's tasks run.
    private static let executor = ChildProcessExecutor()

    /// Runs `arguments[0]` (a path, or a name looked up on PATH) and returns its exit status and everything it
    /// printed (standard output and standard error, in that order).
    public static func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await runToEnd(arguments)
    }

    /// `run` for a synchronous test that runs alone: blocks the calling thread until the child has ended.
    public static func runWaiting(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outcome = Mutex<Result<(Int32, String), any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: executor) {
            let result: Result<(Int32, String), any Error>
            do {
                result = .success(try await runToEnd(arguments))
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }

    private static func runToEnd(_ arguments: [String]) async throws -> (Int32, String) {
        guard let program = arguments.first else { throw ChildProcessError.noProgram }
        let record = try await Subprocess.run(
            program.contains("/") ? .path(.init(program)) : .name(program), arguments: Arguments(Array(arguments.dropFirst())),
            input: .none, output: .string(limit: 1 << 22), error: .string(limit: 1 << 22)
        )
        let status: Int32 = switch record.terminationStatus {
        case .exited(let code): code
        case .signaled(let signal): 128 + signal
        }
        return (status, (record.standardOutput ?? "") + (record.standardError ?? ""))
    }
}

/// A task executor on a serial dispatch queue: jobs run there instead of on Swift's shared pool.
final class ChildProcessExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "kiosk-tests.child-process")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

/// Why a child program could not be run.
public enum ChildProcessError: Error, CustomStringConvertible {
    case noProgram

    public var description: String {
        switch self {
        case .noProgram: "no program to run"
        }
    }
}
