import KioskDomain

/// What the card edge found when the card checked the PIN its holder typed.
public enum CardPINResult: Sendable, Equatable {
    /// The card accepted the PIN.
    case verified
    /// The card refused it; `triesLeft` more wrong ones and it blocks.
    case wrong(triesLeft: Int)
    /// The card's PIN is blocked: only the county office can unblock it.
    case blocked
    /// The card accepted the PIN, but it is still the issuing default (123456), which may not transact.
    case onIssuingDefault
    /// The PIN could not be checked (card pulled, reader failure, a malformed answer); nothing was decided.
    case failed(UserMessage)
}
