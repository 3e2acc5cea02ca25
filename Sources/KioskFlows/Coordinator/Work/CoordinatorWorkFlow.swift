import KioskDomain
import TerminalUI

/// The coordinator's work screens as a state machine: starting each piece of work from the menu,
/// keys on its screens, and the store's answers.
enum CoordinatorWorkFlow {
    /// Opens the work behind a menu entry; returns what the store must load first.
    static func start(_ state: inout KioskState, _ choice: CoordinatorChoice) -> [KioskEffect] {
        switch choice {
        case .rosters:
            state.screen = .coordinator(.work(.rosters(RosterView())))
            return [.loadVillageRoster]
        case .homeVisits:
            state.screen = .coordinator(.work(.homeVisits(HomeVisitForm())))
            return [.loadVillageRoster]
        case .deathReport:
            state.screen = .coordinator(.work(.deathReport(DeathReportForm())))
            return [.loadVillageRoster]
        case .reminders:
            state.screen = .coordinator(.work(.reminders(ReminderForm())))
            return [.loadRemindersDue]
        case .actForAbsentVillager:
            state.screen = .coordinator(.work(.absentVillager(AbsentVillagerForm())))
            return []
        case .employment:
            state.screen = .coordinator(.work(.employment(EmploymentWorkForm())))
            return []
        case .actForVillager, .registerIDCard, .logOut, .closeKiosk:
            return []
        }
    }

    /// A key on a work screen.
    static func reduce(_ state: inout KioskState, _ work: CoordinatorWork, _ key: Key) -> [KioskEffect] {
        switch work {
        case .rosters(let view): RosterFlow.reduce(&state, view, key)
        case .homeVisits(let form): HomeVisitFlow.reduce(&state, form, key)
        case .deathReport(let form): DeathReportFlow.reduce(&state, form, key)
        case .reminders(let form): ReminderFlow.reduce(&state, form, key)
        case .absentVillager(let form): AbsentVillagerFlow.reduce(&state, form, key)
        case .employment(let form): EmploymentWorkFlow.reduce(&state, form, key)
        }
    }

    /// Back to the coordinator menu with `choice` highlighted.
    static func backToMenu(_ state: inout KioskState, from choice: CoordinatorChoice) {
        state.screen = .coordinator(.menu(selected: CoordinatorChoice.allCases.firstIndex(of: choice) ?? 0))
    }

    /// The work on screen, if the coordinator is at one.
    static func current(_ state: KioskState) -> CoordinatorWork? {
        guard state.coordinator != nil, case .coordinator(.work(let work)) = state.screen else { return nil }
        return work
    }

    /// The store answered `.loadVillageRoster`.
    static func rosterLoaded(_ state: inout KioskState, _ roster: VillageRoster) -> [KioskEffect] {
        switch current(state) {
        case .rosters(var view) where view.page == .loading:
            view.roster = roster
            view.page = .overview(selected: 0)
            state.screen = .coordinator(.work(.rosters(view)))
        case .homeVisits(var form) where form.step == .loading:
            form.list = roster.homeVisits
            form.step = .list(selected: 0)
            state.screen = .coordinator(.work(.homeVisits(form)))
        case .deathReport(var form) where form.step == .loading:
            form.people = DeathReportFlow.people(in: roster)
            form.pensioners = DeathReportFlow.pensioners(in: roster)
            form.step = .way(selected: 0)
            state.screen = .coordinator(.work(.deathReport(form)))
        default:
            break
        }
        return []
    }

    /// The store recorded a certification at a home visit or a death report.
    static func recorded(_ state: inout KioskState, _ receipt: Receipt) -> [KioskEffect] {
        let status: PrintStatus = state.settings.hasPrinter ? .printing : .noPrinter
        let printing: [KioskEffect] = state.settings.hasPrinter ? [.printReceipt(receipt)] : []
        switch current(state) {
        case .homeVisits(var form):
            guard case .recording(let entry, _) = form.step, entry.person.id == receipt.personID else { return [] }
            form.list.removeAll { $0.person.id == entry.person.id }
            form.step = .receipt(receipt, status)
            state.screen = .coordinator(.work(.homeVisits(form)))
            return printing
        case .deathReport(var form):
            guard case .recording(let entry, _, _, _) = form.step, entry.person.id == receipt.personID else { return [] }
            form.people.removeAll { $0.person.id == entry.person.id }
            form.pensioners.removeAll { $0.person.id == entry.person.id }
            form.step = .receipt(receipt, status)
            state.screen = .coordinator(.work(.deathReport(form)))
            return printing
        default:
            return []
        }
    }

    /// The store did not do the work; nothing was written.
    static func failed(_ state: inout KioskState, _ notice: UserMessage) {
        switch current(state) {
        case .rosters(var view) where view.page == .loading:
            view.page = .failed(notice)
            state.screen = .coordinator(.work(.rosters(view)))
        case .homeVisits(var form):
            form.step = .failed(notice)
            state.screen = .coordinator(.work(.homeVisits(form)))
        case .deathReport(var form):
            if case .monthly(let month, nil, _) = form.step {
                form.step = .monthlyFailed(month, notice)
            } else {
                form.step = .failed(notice)
            }
            state.screen = .coordinator(.work(.deathReport(form)))
        case .reminders(var form):
            if case .recording(let line, _) = form.step {
                form.step = .refused(line, notice)
            } else {
                form.step = .failed(notice)
            }
            state.screen = .coordinator(.work(.reminders(form)))
        case .absentVillager(var form):
            switch form.step {
            case .finding:
                form.step = .idNumber(TextEntry(maxLength: 18, allowed: .idNumber), notice: notice)
            default:
                form.step = .failed(notice)
            }
            state.screen = .coordinator(.work(.absentVillager(form)))
        case .employment(let form):
            EmploymentWorkFlow.failed(&state, form, notice)
        default:
            break
        }
    }

    /// The printer answered (a receipt of the work, or the monthly death report).
    static func printed(_ state: inout KioskState, failure: UserMessage?) {
        let status: PrintStatus = failure.map { .failed($0) } ?? .printed
        switch current(state) {
        case .homeVisits(var form):
            guard case .receipt(let receipt, .printing) = form.step else { return }
            form.step = .receipt(receipt, status)
            state.screen = .coordinator(.work(.homeVisits(form)))
        case .deathReport(var form):
            switch form.step {
            case .receipt(let receipt, .printing):
                form.step = .receipt(receipt, status)
            case .monthly(let month, let lines, .printing?):
                form.step = .monthly(month, lines, status)
            default:
                return
            }
            state.screen = .coordinator(.work(.deathReport(form)))
        default:
            break
        }
    }
}
