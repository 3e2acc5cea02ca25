import KioskDomain
import TerminalUI

/// The coordinator's login as a state machine: card, identification, PIN, lock.
enum CoordinatorLoginFlow {
    static func reduce(_ state: inout KioskState, _ login: CoordinatorLogin, _ key: Key) -> [KioskEffect] {
        switch login.step {
        case .insertCard, .refused:
            if key == .escape || key == .character("0") || key == .enter {
                state.logOut()
            }
        case .enterPIN(let identity, var entry, _):
            switch entry.handle(key) {
            case .edited:
                state.screen = .coordinatorLogin(CoordinatorLogin(step: .enterPIN(identity, entry, notice: nil)))
            case .submitted:
                guard entry.text.count == CoordinatorLogin.pinLength else { return [] }
                state.screen = .coordinatorLogin(CoordinatorLogin(step: .verifying(identity)))
                return [.verifyCoordinatorPIN(cardNumber: identity.cardNumber, pin: entry.text)]
            case .cancelled:
                state.logOut()
            case .ignored:
                break
            }
        case .readingCard, .identifying, .verifying:
            break
        }
        return []
    }

    /// The card at the login was read: ask who it belongs to.
    static func cardRead(_ state: inout KioskState, _ holder: CardHolder) -> [KioskEffect] {
        state.screen = .coordinatorLogin(CoordinatorLogin(step: .identifying(holder)))
        return [.identifyCoordinator(holder)]
    }

    /// The store said whose card it is.
    static func identified(_ state: inout KioskState, _ identity: CoordinatorIdentity?) -> [KioskEffect] {
        guard case .coordinatorLogin(let login) = state.screen, case .identifying = login.step else { return [] }
        guard let identity else {
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .refused(UserMessage("coordinator.error.notCoordinator"))))
            return []
        }
        let entry = TextEntry(maxLength: CoordinatorLogin.pinLength, allowed: .digits)
        state.screen = .coordinatorLogin(CoordinatorLogin(step: .enterPIN(identity, entry, notice: nil)))
        return []
    }

    /// The PIN was checked: in, try again, or locked.
    static func checked(_ state: inout KioskState, _ check: PINCheck) -> [KioskEffect] {
        guard case .coordinatorLogin(let login) = state.screen, case .verifying(let identity) = login.step else { return [] }
        switch check {
        case .accepted:
            state.coordinator = identity
            state.coordinatorLoggedInAt = state.clock
            state.screen = .coordinator(.menu(selected: 0))
            state.lastActivity = state.clock
            return [.loadUpstreamSync]
        case .rejected:
            let entry = TextEntry(maxLength: CoordinatorLogin.pinLength, allowed: .digits)
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .enterPIN(identity, entry, notice: check)))
        case .locked(let until):
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .refused(UserMessage("coordinator.error.locked", ["time": until]))))
        case .refused(let problem):
            state.screen = .coordinatorLogin(CoordinatorLogin(step: .refused(problem)))
        }
        return []
    }
}
