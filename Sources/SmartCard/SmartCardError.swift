/// Everything that can go wrong while talking to a card or a card service, each with a message key.
public enum SmartCardError: Error, Sendable, Hashable {
    /// pcscd is not running (or its socket is unreachable).
    case serviceNotRunning
    /// No card reader is attached.
    case noReader
    /// The named reader does not exist.
    case readerNotFound(String)
    /// No card is in the reader.
    case noCard
    /// The card was removed during the operation.
    case cardRemoved
    /// Another program reset the card (SCARD_W_RESET_CARD): the card is still there; reconnect and start again.
    case cardReset
    /// The card does not answer (mute or unpowered).
    case cardNotResponding
    /// Another application holds the card exclusively.
    case sharingViolation
    /// The operation was cancelled (shutdown).
    case cancelled
    /// Any other PC/SC failure, with its code.
    case pcsc(code: Int)
    /// The card answered with fewer than two bytes.
    case malformedResponse
    /// The card kept asking for GET RESPONSE or resends beyond the limit.
    case tooManyFollowUps
    /// The card answered a command with a failing status word.
    case status(StatusWord)
    /// A record was shorter than its length byte.
    case truncatedRecord(tag: UInt8)
    /// A record's length byte does not match its bytes.
    case malformedRecord(tag: UInt8)
    /// The card returned another tag than the one asked for.
    case unexpectedTag(expected: UInt8, found: UInt8)
    /// A field's bytes do not decode (bad BCD, GBK, ASCII or date).
    case invalidField(tag: UInt8)
    /// The ID number on the card fails the GB 11643 check.
    case invalidIDNumber
    /// The ID number's birth date differs from the card's birth date field.
    case birthDateMismatch
    /// The card's expiry date has passed.
    case expired(expiryDate: CardDate)
    /// The card is not a social-security card (the application is missing).
    case notSocialSecurityCard
    /// The contactless card did not give a UID.
    case uidUnavailable

    /// The user-facing message key (texts live in the strings assets).
    public var messageKey: String {
        switch self {
        case .serviceNotRunning: return "card.error.serviceNotRunning"
        case .noReader: return "card.error.noReader"
        case .readerNotFound: return "card.error.readerNotFound"
        case .noCard: return "card.error.noCard"
        case .cardRemoved: return "card.error.cardRemoved"
        case .cardNotResponding, .cardReset: return "card.error.notResponding"
        case .sharingViolation: return "card.error.readerBusy"
        case .cancelled: return "card.error.cancelled"
        case .pcsc: return "card.error.readerFailure"
        case .malformedResponse, .tooManyFollowUps: return "card.error.protocol"
        case .status(let word): return word.meaning.messageKey
        case .truncatedRecord, .malformedRecord, .unexpectedTag, .invalidField: return "card.error.unreadableData"
        case .invalidIDNumber: return "card.error.invalidIDNumber"
        case .birthDateMismatch: return "card.error.inconsistentData"
        case .expired: return "card.error.expired"
        case .notSocialSecurityCard: return "card.error.applicationNotFound"
        case .uidUnavailable: return "card.error.uidUnavailable"
        }
    }

    /// Values the message inserts, by placeholder name: none of these texts takes one, and a case's own values
    /// (codes, paths, dates) are for the technicians' log, not the screen.
    public var parameters: [String: String] { [:] }
}
