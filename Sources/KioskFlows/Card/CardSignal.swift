import KioskDomain
/// What the card edge reports to the flows: cards coming and going, and what was read from them.
public enum CardSignal: Sendable, Equatable {
    /// A card was put into `reader`, the `insertion`-th card there (0 when not counted).
    case inserted(reader: String, insertion: Int = 0)
    /// The card left `reader`.
    case removed(reader: String)
    /// The card was read and its holder identified.
    case read(CardHolder)
    /// The card could not be read or is not acceptable; the message says why and what to do. `insertion` is the
    /// card the read was started for (nil when not known).
    case readFailed(UserMessage, insertion: CardInsertion? = nil)
    /// The card service (pcscd) cannot be reached; the edge keeps retrying.
    case serviceUnavailable(UserMessage)
    /// The card service answers again.
    case serviceAvailable
}
