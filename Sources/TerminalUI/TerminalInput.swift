/// Something the terminal reports: a key, a new size, or a request to stop (SIGTERM, SIGHUP, SIGINT).
public enum TerminalInput: Sendable, Hashable {
    case key(Key)
    case resize(TerminalSize)
    case terminationRequested(signal: Int32)
}
