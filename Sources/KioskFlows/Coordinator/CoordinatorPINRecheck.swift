import KioskDomain
import TerminalUI

/// An act whose recording in coordinator mode asks the coordinator's PIN again (issue 12 item 3): whoever finds a
/// logged-in kiosk left alone cannot report a death, cancel an account or certify someone alive with it.
public enum RecheckedAct: String, Sendable, Equatable, CaseIterable {
    case deathReport
    case cancellation
    case homeVisitCertification

    /// The act a villager session's business is, when it is one asked for again; nil for any other business.
    public init?(_ event: BusinessEvent) {
        guard case .cancellation = event else { return nil }
        self = .cancellation
    }

    /// The message key of the act's name as the stage says it.
    public var messageKey: String { "coordinatorRecheck.act.\(rawValue)" }
}

/// The coordinator's PIN asked again between the confirmation of a harmful act and its recording. The digits live
/// only in the entry while typed and leave the state the moment they are sent to be checked; the act's record
/// waits here, unsent, until the store accepts the PIN.
public struct CoordinatorPINRecheck: Sendable, Equatable {
    /// Where the stage is.
    public enum Phase: Sendable, Equatable {
        /// Typing the PIN; the notice is the last try's answer (wrong, tries left), if it failed.
        case typing(TextEntry, notice: PINCheck?)
        /// The store is checking the PIN.
        case verifying
        /// The PIN could not be checked (why); any key returns to the confirmation.
        case refused(UserMessage)
    }

    public var act: RecheckedAct
    public var phase: Phase
    /// The confirmation the PIN was asked from: back to it on Esc or after a refusal.
    public var confirmation: Screen
    /// The screen once the PIN is accepted (the act being recorded) ...
    public var recording: Screen
    /// ... and the effects that record it, sent only then.
    public var effects: [KioskEffect]

    /// A stage waiting for the PIN before `effects` record `act`.
    public init(act: RecheckedAct, confirmation: Screen, recording: Screen, effects: [KioskEffect],
                phase: Phase = .typing(CoordinatorPINRecheck.emptyEntry, notice: nil)) {
        self.act = act
        self.phase = phase
        self.confirmation = confirmation
        self.recording = recording
        self.effects = effects
    }

    /// An empty entry of a coordinator PIN's length.
    public static var emptyEntry: TextEntry { TextEntry(maxLength: CoordinatorLogin.pinLength, allowed: .digits) }
}
