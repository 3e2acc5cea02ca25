import SmartCard
import TextCodecs

/// A misbehaviour a simulated card can show, parsed from `pulled-after:N`, `wrong-sw:XXXX[@N]`,
/// `truncated:TAG`, `garbage:TAG` or `slow:MS`.
public enum CardFault: Sendable, Hashable {
    /// The card leaves the reader when APDU number N+1 arrives (N APDUs are answered).
    case pulledAfter(Int)
    /// APDU number `at` (1-based) is answered with only this status word.
    case wrongStatus(StatusWord, at: Int)
    /// The record with this tag is cut short (its length byte promises more).
    case truncated(tag: UInt8)
    /// The record with this tag holds 0xFF bytes instead of its value.
    case garbage(tag: UInt8)
    /// Every answer is delayed by this many milliseconds.
    case slow(milliseconds: Int)

    /// Parses the command-line form; nil when malformed.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let value = parts[1]
        switch parts[0] {
        case "pulled-after":
            guard let count = Int(value), count >= 0 else { return nil }
            self = .pulledAfter(count)
        case "wrong-sw":
            let pieces = value.split(separator: "@").map(String.init)
            guard let bytes = Hex.bytes(pieces[0]), bytes.count == 2 else { return nil }
            var position = 1
            if pieces.count == 2 {
                guard let at = Int(pieces[1]), at >= 1 else { return nil }
                position = at
            }
            self = .wrongStatus(StatusWord(sw1: bytes[0], sw2: bytes[1]), at: position)
        case "truncated", "garbage":
            guard let bytes = Hex.bytes(value), bytes.count == 1 else { return nil }
            self = parts[0] == "truncated" ? .truncated(tag: bytes[0]) : .garbage(tag: bytes[0])
        case "slow":
            guard let ms = Int(value), ms >= 0 else { return nil }
            self = .slow(milliseconds: ms)
        default:
            return nil
        }
    }
}
