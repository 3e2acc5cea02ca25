import SmartCard
import Synchronization

/// A simulated card's PIN and its try counter, kept like a real card's: the counter survives power cycles,
/// resets and re-insertions of the same card (copies of a `SimulatedCard` share it).
public final class SimulatedPIN: Sendable {
    /// The default number of wrong tries before the card blocks its PIN (assumed; issuers choose 3 to 10).
    public static let defaultTries = 3
    /// The PIN a card is issued with when its profile names none.
    public static let issuingDefault = "123456"

    private struct Counter {
        var left: Int
    }

    /// The PIN's digits.
    let digits: String
    /// How many wrong tries the card allows in a row.
    public let maximumTries: Int
    private let counter: Mutex<Counter>

    /// The PIN of a profile (`pin`, `pinTries`).
    public init(profile: CardProfile) {
        digits = profile.pin ?? Self.issuingDefault
        maximumTries = max(1, min(15, profile.pinTries ?? Self.defaultTries))
        counter = Mutex(Counter(left: maximumTries))
    }

    /// Tries left before the PIN blocks.
    public var triesLeft: Int { counter.withLock { $0.left } }

    /// The status word VERIFY answers: `9000`, `63Cx`, `6983`; with no data, `63Cx` (or `6983`) reports the counter.
    func verify(_ data: [UInt8]) -> [UInt8] {
        counter.withLock { state in
            guard state.left > 0 else { return [0x69, 0x83] }
            if data.isEmpty { return [0x63, 0xC0 | UInt8(state.left)] }
            if BCD.digits(data) == digits {
                state.left = maximumTries
                return [0x90, 0x00]
            }
            state.left -= 1
            return state.left == 0 ? [0x69, 0x83] : [0x63, 0xC0 | UInt8(state.left)]
        }
    }
}
