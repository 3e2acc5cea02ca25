/// A line typed on the simulator's stdin or sent to its control socket.
public enum SimulatorCommand: Sendable, Hashable {
    /// Put the card of a profile (path or id) into the reader, with optional faults.
    case insert(profile: String, faults: [String])
    /// Take the card out.
    case remove
    /// Stop the simulator.
    case quit

    /// Parses `insert <profile> [fault...]`, `remove` or `quit`; nil for anything else.
    public init?(line: String) {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.first {
        case "insert" where words.count >= 2: self = .insert(profile: words[1], faults: Array(words.dropFirst(2)))
        case "remove" where words.count == 1: self = .remove
        case "quit" where words.count == 1: self = .quit
        default: return nil
        }
    }
}
