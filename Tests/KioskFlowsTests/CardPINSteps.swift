import KioskDomain
@testable import KioskFlows
import Testing

/// The card-PIN stage as flow tests go through it: type the PIN, see it sent to the card, feed the card's answer.
enum CardPINSteps {
    /// The PIN stage of the current session, if the session is at it.
    static func stage(_ state: KioskState) -> CardPINStep? {
        if case .villager(let session) = state.screen, case .cardPIN(let stage) = session.step { return stage }
        return nil
    }

    /// Types `pin` and Enter at the PIN stage and returns the effects of Enter (the VERIFY request).
    @discardableResult
    static func type(_ pin: String, _ state: inout KioskState) -> [KioskEffect] {
        for digit in pin { _ = KioskReducer.reduce(&state, .key(.character(digit))) }
        return KioskReducer.reduce(&state, .key(.enter))
    }

    /// Passes the stage: the session must be at it; the PIN goes to the card, and the card accepts it.
    static func pass(_ state: inout KioskState, pin: String = "246810", sourceLocation: SourceLocation = #_sourceLocation) {
        guard stage(state) != nil else {
            Issue.record("the card's PIN was not asked for", sourceLocation: sourceLocation)
            return
        }
        let effects = type(pin, &state)
        #expect(effects.count == 1, sourceLocation: sourceLocation)
        guard case .verifyCardPIN(_, let sent)? = effects.first, sent == pin else {
            Issue.record("the PIN was not sent to the card: \(effects)", sourceLocation: sourceLocation)
            return
        }
        #expect(KioskReducer.reduce(&state, .cardPINChecked(.verified)).isEmpty, sourceLocation: sourceLocation)
    }
}
