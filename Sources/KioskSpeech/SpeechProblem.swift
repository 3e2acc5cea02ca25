/// Why speech went silent; each case carries the message key a log shows.
public enum SpeechProblem: Error, Sendable, Equatable {
    /// The speech program is not installed (or not executable) at the configured name or path.
    case programMissing(program: String)
    /// The program could not be started; `code` is the system error number.
    case startFailed(program: String, code: Int32)
    /// The program ran but could not play: it exited with `status` or reported an error such as a missing audio device.
    case playbackFailed(program: String, status: Int32, detail: String)

    /// The key of the user-facing message in the strings tables.
    public var messageKey: String {
        switch self {
        case .programMissing: "speech.error.programMissing"
        case .startFailed: "speech.error.startFailed"
        case .playbackFailed: "speech.error.playbackFailed"
        }
    }
}

/// Where a speaker reports the problem that made it go silent; called at most once per speaker.
public struct SpeechLog: Sendable {
    let record: @Sendable (SpeechProblem) -> Void

    /// A log that hands the problem to `record` (for example, the kiosk's log file writer).
    public init(_ record: @escaping @Sendable (SpeechProblem) -> Void) {
        self.record = record
    }

    /// A log that drops every problem.
    public static let silent = SpeechLog { _ in }
}
