/// A screen that presents grids and delivers input: the real terminal or an in-memory one for tests.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: TerminalSize { get }
    /// Draws the frame, painting only what changed since the last present (everything after a resize).
    func present(_ grid: Grid) throws
    /// The next input, waiting at most `timeoutMilliseconds`; nil on timeout.
    func nextInput(timeoutMilliseconds: Int) -> TerminalInput?
    /// The same, but also nil as soon as `wake` is signalled (its signals are then taken).
    func nextInput(timeoutMilliseconds: Int, wake: WakePipe?) -> TerminalInput?
    /// Puts the terminal back as it was; safe to call more than once.
    func restore()
}

extension Terminal {
    /// A terminal that never waits (the memory terminal) needs no wake-up.
    public func nextInput(timeoutMilliseconds: Int, wake: WakePipe?) -> TerminalInput? {
        nextInput(timeoutMilliseconds: timeoutMilliseconds)
    }
}

/// A failure of the terminal edge, carrying the key of the message shown to the person or operator.
public enum TerminalError: Error, Sendable, Hashable {
    /// The input or output is not a terminal, or its type is unknown to terminfo.
    case cannotStart
    /// A device path given for the terminal could not be opened.
    case cannotOpenDevice(path: String)
    /// The terminal was already restored and cannot draw any more.
    case alreadyRestored

    /// The key of the user-facing message in the strings files.
    public var messageKey: String {
        switch self {
        case .cannotStart: "terminal.error.cannotStart"
        case .cannotOpenDevice: "terminal.error.cannotOpenDevice"
        case .alreadyRestored: "terminal.error.alreadyRestored"
        }
    }
}
