import KioskDomain
import TerminalUI

/// The stage between a service's decision and its confirmation for business that moves money or standing:
/// the holder types the social-security card's PIN (masked) and the card checks it. The digits live only in
/// the entry while typed; they leave the state the moment they are sent to the card.
public struct CardPINStep: Sendable, Equatable {
    /// Where the stage is.
    public enum Phase: Sendable, Equatable {
        /// Typing the PIN; the notice says why the last try failed (tries left), if it did.
        case typing(TextEntry, notice: UserMessage?)
        /// The card is checking the PIN.
        case verifying
        /// The PIN cannot be used (blocked, issuing default, no card to check it): why, then back to the menu.
        case refused(UserMessage)
    }

    /// What will be confirmed once the PIN is verified.
    public var pending: PendingRecord
    public var phase: Phase

    /// A stage waiting for the PIN of `pending`'s business.
    public init(pending: PendingRecord, phase: Phase = .typing(CardPINStep.emptyEntry, notice: nil)) {
        self.pending = pending
        self.phase = phase
    }

    /// An empty six-digit entry.
    public static var emptyEntry: TextEntry { TextEntry(maxLength: 6, allowed: .digits) }
}
