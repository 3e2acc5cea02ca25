import Dispatch
import Foundation
import Subprocess
import Synchronization

/// The tests' one way to run a program to its end: through swift-subprocess, returning its exit status
/// and output.
///
/// Tests that call it are synchronous: the test's thread waits while the child runs on a detached task.
/// Suites that call it run one test at a time (`.serialized` or `--no-parallel`), so a thread of the
/// shared pool stays free for the child.
public enum ChildProcess {
    /// Runs `arguments[0]` (a path, or a name looked up on PATH) and returns its exit status and everything it printed
    /// (standard output and standard error, in that order).
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outcome = Mutex<Result<(Int32, String), any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached {
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

    /// The same for an `async` test: it awaits the child, so no thread of the shared pool is held while it runs
    /// and the test need not be serialized.
    public static func result(of arguments: [String]) async throws -> (status: Int32, output: String) {
        let (status, output) = try await runToEnd(arguments)
        return (status, output)
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

/// Why a child program could not be run.
public enum ChildProcessError: Error, CustomStringConvertible {
    case noProgram

    public var description: String {
        switch self {
        case .noProgram: "no program to run"
        }
    }
}
