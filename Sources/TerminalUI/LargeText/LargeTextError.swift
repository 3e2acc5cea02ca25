/// Why the large-text font could not be used; each case carries the message key a log shows.
public enum LargeTextError: Error, Sendable, Equatable {
    /// No file at the configured font path.
    case fontMissing(path: String)
    /// The file exists but could not be opened or mapped; `code` is the system error number.
    case fontUnreadable(path: String, code: Int32)
    /// The file is empty or its first line is not a `.hex` glyph line.
    case fontMalformed(path: String)

    /// The key of the user-facing message in the strings tables.
    public var messageKey: String {
        switch self {
        case .fontMissing: "largeText.error.fontMissing"
        case .fontUnreadable: "largeText.error.fontUnreadable"
        case .fontMalformed: "largeText.error.fontMalformed"
        }
    }

    /// The font path the problem is about, for the log line.
    public var path: String {
        switch self {
        case .fontMissing(let path), .fontUnreadable(let path, _), .fontMalformed(let path): path
        }
    }
}

/// Where the large-text renderer reports that its font is unusable; called at most once per load.
public struct LargeTextLog: Sendable {
    let record: @Sendable (LargeTextError) -> Void

    /// A log that hands each problem to `record` (for example, the kiosk's log file writer).
    public init(_ record: @escaping @Sendable (LargeTextError) -> Void) {
        self.record = record
    }

    /// A log that drops every problem.
    public static let silent = LargeTextLog { _ in }
}
