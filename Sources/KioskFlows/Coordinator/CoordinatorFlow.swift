import TerminalUI

/// A logged-in coordinator's menu: act for a villager, the work screens, log out, close the kiosk program.
enum CoordinatorFlow {
    static func reduce(_ state: inout KioskState, _ step: CoordinatorStep, _ key: Key) -> [KioskEffect] {
        switch step {
        case .menu(let selected):
            let choices = CoordinatorChoice.allCases
            // The tenth entry (employment) is key 0: the menu has no "back", and digits end at 9.
            if key == .character("0"), choices.count == 10 { return choose(&state, choices[9]) }
            switch MenuKeys.choice(key, count: choices.count, selected: selected) {
            case .moved(let index):
                state.screen = .coordinator(.menu(selected: index))
            case .chosen(let index):
                return choose(&state, choices[index])
            case .back, .none:
                break
            }
        case .waitingForVillagerCard, .villagerCardProblem:
            if key == .escape || key == .character("0") {
                state.screen = .coordinator(.menu(selected: 0))
            }
        case .readingVillagerCard:
            break
        case .work(let work):
            return CoordinatorWorkFlow.reduce(&state, work, key)
        case .registerIDCard(let registration):
            return IDCardRegistrationFlow.reduce(&state, registration, key)
        }
        return []
    }

    private static func choose(_ state: inout KioskState, _ choice: CoordinatorChoice) -> [KioskEffect] {
        switch choice {
        case .actForVillager:
            state.screen = .coordinator(.waitingForVillagerCard)
            return []
        case .rosters, .homeVisits, .deathReport, .reminders, .actForAbsentVillager, .employment:
            return CoordinatorWorkFlow.start(&state, choice)
        case .registerIDCard:
            state.screen = .coordinator(.registerIDCard(IDCardRegistration()))
            return []
        case .logOut:
            state.logOut()
            return []
        case .closeKiosk:
            state.logOut()
            state.isFinished = true
            return [.quit]
        }
    }
}
