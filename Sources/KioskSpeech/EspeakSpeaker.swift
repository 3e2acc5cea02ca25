import Foundation

/// Speaks through espeak-ng (or another `SpeechCommand`) run as a child process, one at a time.
///
/// A new `speak` or `stop()` terminates the running child (its whole process group) and waits
/// until it is gone. When the program is missing, cannot start, or reports that it cannot play
/// (a non-zero exit, or an `error` line on stderr such as a missing audio device), the problem is
/// given to the log once and the speaker is silently unavailable from then on.
public final class EspeakSpeaker: Speaker, @unchecked Sendable {
    private let command: SpeechCommand
    private let log: SpeechLog
    private let executable: String?
    /// Guards every field below; children's waiter threads signal it when a child is gone.
    private let condition = NSCondition()
    /// Children not yet done with, by pid.
    private var running: [pid_t: ChildState] = [:]
    /// The child saying the latest batch, until it is reaped.
    private var current: pid_t?
    /// True once a problem was logged: the speaker stays silent.
    private var failed = false

    /// How long a terminated child gets before it is killed outright.
    static let terminationGrace: TimeInterval = 2

    /// Creates a speaker; a missing program is logged at once and leaves it unavailable.
    public init(command: SpeechCommand = .espeak(), log: SpeechLog = .silent) {
        self.command = command
        self.log = log
        executable = ProgramLocation.resolve(command.program)
        if executable == nil {
            failed = true
            log.record(.programMissing(program: command.program))
        }
    }

    /// False once the program is known missing or unable to play.
    public var isAvailable: Bool { condition.withLock { !failed } }

    /// True while a child is saying something.
    public var isSpeaking: Bool { condition.withLock { current != nil } }

    /// Interrupts whatever is being said and starts saying `utterances` (nothing more for an empty list).
    public func speak(_ utterances: [Utterance]) {
        condition.lock()
        defer { condition.unlock() }
        silenceLocked()
        guard !failed, !utterances.isEmpty, let executable else { return }
        let child: ChildProcess
        do {
            child = try ChildProcess.start(path: executable, arguments: command.arguments(EspeakText.render(utterances)))
        } catch {
            failed = true
            let problem = SpeechProblem.startFailed(program: command.program, code: error.code)
            condition.unlock()
            log.record(problem)
            condition.lock()
            return
        }
        running[child.pid] = ChildState()
        current = child.pid
        Thread.detachNewThread { [self] in awaitEnd(of: child) }
    }

    /// Stops speaking at once and returns when the child is gone.
    public func stop() {
        condition.withLock { silenceLocked() }
    }

    /// Waits until nothing is being said; false when `timeout` passed first.
    public func waitUntilSilent(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        while !running.isEmpty {
            if !condition.wait(until: deadline) { return running.isEmpty }
        }
        return true
    }

    /// Terminates the current child and waits until it is reaped; called with the lock held.
    private func silenceLocked() {
        while let pid = current, running[pid] != nil {
            running[pid]?.interrupted = true
            signalIfUnreaped(pid, SIGTERM)
            let deadline = Date().addingTimeInterval(Self.terminationGrace)
            while running[pid] != nil, condition.wait(until: deadline) {}
            if running[pid] != nil {
                signalIfUnreaped(pid, SIGKILL)
                while running[pid] != nil { condition.wait() }
            }
        }
        current = nil
    }

    /// Signals a child's process group unless the child is already reaped (its pid may be reused); lock held.
    private func signalIfUnreaped(_ pid: pid_t, _ signal: Int32) {
        guard running[pid]?.reaped == false else { return }
        ChildProcess.signalGroup(pid, signal)
    }

    /// Runs on the child's own thread: collects its stderr, reaps it, and logs a playback failure once.
    ///
    /// The child counts as running until the log has the problem, so `waitUntilSilent` and `stop`
    /// return only after it is logged; the log is called without the lock held.
    private func awaitEnd(of child: ChildProcess) {
        let errorOutput = child.collectErrorOutput()
        child.waitForExit()
        condition.lock()
        let status = child.reap()
        running[child.pid]?.reaped = true
        var problem: SpeechProblem?
        if running[child.pid]?.interrupted == false, !failed,
           let detail = Self.playbackFailure(status: status, errorOutput: errorOutput) {
            failed = true
            problem = .playbackFailed(program: command.program, status: status, detail: detail)
        }
        condition.unlock()
        if let problem { log.record(problem) }
        condition.lock()
        running.removeValue(forKey: child.pid)
        if current == child.pid { current = nil }
        condition.broadcast()
        condition.unlock()
    }

    /// What went wrong in a finished run, or nil when it played: a non-zero status or an `error` line on stderr.
    static func playbackFailure(status: Int32, errorOutput: String) -> String? {
        let lines = errorOutput.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let errorLine = lines.first { $0.lowercased().hasPrefix("error") }
        if let errorLine { return errorLine }
        guard status != 0 else { return nil }
        return lines.last { !$0.isEmpty } ?? ""
    }

    /// What the speaker knows of one child.
    private struct ChildState {
        /// True once this speaker asked the child to stop: its end is not a failure.
        var interrupted = false
        /// True once the child is reaped and its pid must not be signalled.
        var reaped = false
    }
}
