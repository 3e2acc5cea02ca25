import Dispatch
import Foundation
import Subprocess
import Synchronization

/// Speaks through espeak-ng (or another `SpeechCommand`) run as a child process with swift-subprocess, one at a time.
///
/// The text reaches the child on its standard input, never on its command line (`SpokenInput`).
///
/// Each batch runs in its own process group inside a task; a new `speak` or `stop()` cancels that
/// task, which makes swift-subprocess terminate the group (SIGTERM, then SIGKILL after a grace
/// period) and reap the child, and returns once it is gone. When the program is missing, cannot
/// start, or reports that it cannot play (a non-zero exit, or an `error` line on stderr such as a
/// missing audio device), the problem is given to the log once and the speaker is silently
/// unavailable from then on.
///
/// `speak` and `stop` block their caller until the previous child is gone, while the child's task
/// needs a thread of the shared concurrency pool: call them from a thread outside the pool (the
/// runtime loop's), never from several blocked pool threads at once.
public final class EspeakSpeaker: Speaker, Sendable {
    private let command: SpeechCommand
    private let log: SpeechLog
    private let executable: String?
    /// Serialises `speak` and `stop`, which wait for the previous child without holding `state`.
    private let calls = Mutex(())
    private let state = Mutex(SpeakerState())
    /// Entered for each batch and left once its child is reaped and any problem logged.
    private let unfinished = DispatchGroup()

    /// How long a terminated child gets before it is killed outright.
    static let terminationGrace: Duration = .seconds(2)
    /// How much of the child's stderr is kept to find an error line.
    static let errorOutputLimit = 4096

    /// Creates a speaker; a missing program is logged at once and leaves it unavailable.
    public init(command: SpeechCommand = .espeak(), log: SpeechLog = .silent) {
        self.command = command
        self.log = log
        executable = ProgramLocation.resolve(command.program)
        if executable == nil {
            state.withLock { $0.failed = true }
            log.record(.programMissing(program: command.program))
        }
    }

    /// False once the program is known missing or unable to play.
    public var isAvailable: Bool { state.withLock { !$0.failed } }

    /// True while a child is saying something.
    public var isSpeaking: Bool { state.withLock { $0.current != nil } }

    /// Interrupts whatever is being said and starts saying `utterances` (nothing more for an empty list).
    public func speak(_ utterances: [Utterance]) {
        calls.withLock { _ in
            silence()
            guard let executable, !utterances.isEmpty else { return }
            let batch = Batch()
            guard state.withLock({ state -> Bool in
                guard !state.failed else { return false }
                state.current = batch
                return true
            }) else { return }
            unfinished.enter()
            let text = EspeakText.render(utterances)
            batch.start(Task.detached { [self] in
                await say(text, with: executable, batch)
            })
        }
    }

    /// Stops speaking at once and returns when the child is gone.
    public func stop() {
        calls.withLock { _ in silence() }
    }

    /// Waits until nothing is being said; false when `timeout` passed first.
    public func waitUntilSilent(timeout: Duration) -> Bool {
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = Int(clamping: seconds) &* 1_000_000_000 &+ Int(attoseconds / 1_000_000_000)
        return unfinished.wait(timeout: .now() + .nanoseconds(max(0, nanoseconds))) == .success
    }

    /// Cancels the current batch and waits until its child is reaped; called inside `calls`.
    private func silence() {
        guard let batch = state.withLock({ $0.current }) else { return }
        batch.interrupt()
        batch.waitUntilEnded()
        state.withLock { if $0.current === batch { $0.current = nil } }
    }

    /// Runs one batch to its end: says it, then logs a failure to play or start once.
    ///
    /// The batch counts as unfinished until the log has the problem, so `waitUntilSilent` and
    /// `stop` return only after it is logged.
    private func say(_ text: String, with executable: String, _ batch: Batch) async {
        var options = PlatformOptions()
        // A group of its own, so the termination reaches anything espeak-ng starts.
        options.processGroupID = 0
        options.teardownSequence = [.gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: Self.terminationGrace)]
        var problem: SpeechProblem?
        do {
            let input = try SpokenInput(text)
            let result = try await Subprocess.run(
                .path(.init(executable)), arguments: Arguments(command.arguments), platformOptions: options,
                input: .fileDescriptor(.init(rawValue: input.readEnd), closeAfterSpawningProcess: true),
                output: .discarded, error: .sequence
            ) { execution in
                var kept: [UInt8] = []
                for try await buffer in execution.standardError where kept.count < Self.errorOutputLimit {
                    buffer.withUnsafeBytes { kept += $0.prefix(Self.errorOutputLimit - kept.count) }
                }
                return String(decoding: kept, as: UTF8.self)
            }
            let status: Int32 = switch result.terminationStatus {
            case .exited(let code): code
            case .signaled(let signal): 128 + signal
            }
            if !batch.wasInterrupted, let detail = Self.playbackFailure(status: status, errorOutput: result.closureResult) {
                problem = .playbackFailed(program: command.program, status: status, detail: detail)
            }
        } catch let error as SubprocessError where error.code == .spawnFailed || error.code == .executableNotFound {
            if !batch.wasInterrupted {
                problem = .startFailed(program: command.program, code: error.underlyingError?.rawValue ?? 0)
            }
        } catch let error as SpokenInput.Failure {
            if !batch.wasInterrupted { problem = .startFailed(program: command.program, code: error.code) }
        } catch {
            // Cancelled (interrupted) or the child's stderr could not be read: nothing worth reporting.
        }
        let firstProblem = problem.flatMap { found in
            state.withLock { state -> SpeechProblem? in
                guard !state.failed else { return nil }
                state.failed = true
                return found
            }
        }
        if let firstProblem { log.record(firstProblem) }
        state.withLock { if $0.current === batch { $0.current = nil } }
        batch.end()
        unfinished.leave()
    }

    /// What went wrong in a finished run, or nil when it played: a non-zero status or an `error` line on stderr.
    static func playbackFailure(status: Int32, errorOutput: String) -> String? {
        let lines = errorOutput.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let errorLine = lines.first { $0.lowercased().hasPrefix("error") }
        if let errorLine { return errorLine }
        guard status != 0 else { return nil }
        return lines.last { !$0.isEmpty } ?? ""
    }

    /// What the speaker knows between calls.
    private struct SpeakerState: Sendable {
        /// The batch being said, until its child is reaped.
        var current: Batch?
        /// True once a problem was logged: the speaker stays silent.
        var failed = false
    }
}

/// One batch of utterances being said: its task, whether the speaker interrupted it, and its end.
private final class Batch: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)
    private let interrupted = Atomic<Bool>(false)
    private let ended = DispatchSemaphore(value: 0)

    func start(_ running: Task<Void, Never>) {
        task.withLock { $0 = running }
    }

    /// Marks the batch interrupted (its end is not a failure) and cancels its task.
    func interrupt() {
        interrupted.store(true, ordering: .sequentiallyConsistent)
        task.withLock { $0 }?.cancel()
    }

    var wasInterrupted: Bool { interrupted.load(ordering: .sequentiallyConsistent) }

    func end() { ended.signal() }

    /// Blocks until `end()`; once only (the speaker waits for each batch at most once).
    func waitUntilEnded() { ended.wait() }
}
