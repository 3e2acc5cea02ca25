import KioskDomain
import TerminalUI

/// The coordinator's login: their own card, then a PIN typed masked.
public struct CoordinatorLogin: Sendable, Equatable {
    /// Where the login is.
    public enum Step: Sendable, Equatable {
        case insertCard
        case readingCard
        case identifying(CardHolder)
        case enterPIN(CoordinatorIdentity, TextEntry, notice: PINCheck?)
        case verifying(CoordinatorIdentity)
        /// The card is not a coordinator's, or the coordinator is locked: what to tell them.
        case refused(UserMessage)
    }

    /// PINs are six digits.
    public static let pinLength = 6

    public var step: Step

    /// A login waiting for the coordinator's card.
    public init(step: Step = .insertCard) {
        self.step = step
    }
}
