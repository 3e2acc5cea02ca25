import TerminalUI

/// The kiosk's one update function: a pure `(inout KioskState, KioskEvent) -> [KioskEffect]`.
public enum KioskReducer {
    /// Applies one event to the state and returns the work the edges must do.
    public static func reduce(_ state: inout KioskState, _ event: KioskEvent) -> [KioskEffect] {
        if case .elderlyPage(let page) = event {
            state.elderlyPage = page
            return []
        }
        let screen = state.screen
        let effects = reduceEvent(&state, event)
        // A page turned in elderly mode belongs to the screen it was turned on.
        if state.screen != screen { state.elderlyPage = nil }
        return effects
    }

    private static func reduceEvent(_ state: inout KioskState, _ event: KioskEvent) -> [KioskEffect] {
        switch event {
        case .elderlyPage:
            return []
        case .resized(let size):
            state.size = size
            return []
        case .clock(let time):
            state.clock = time
            SessionTimeout.check(&state)
            return []
        case .terminationRequested:
            state.isFinished = true
            return [.quit]
        case .card(let signal):
            return CardSessionFlow.reduce(&state, signal)
        case .cardUIDRead(let uid, let failure):
            IDCardRegistrationFlow.uidRead(&state, uid: uid, failure: failure)
            return []
        case .idCardRegistered(let name, let failure):
            IDCardRegistrationFlow.registered(&state, name: name, failure: failure)
            return []
        case .villagerLoaded(let file):
            return VillagerFlow.loaded(&state, file)
        case .villagerLoadFailed(let problem):
            if case .identified = state.screen {
                state.screen = .cardProblem(problem)
            }
            return []
        case .recorded(let receipt):
            return VillagerFlow.recorded(&state, receipt)
        case .recordFailed(let problem):
            VillagerFlow.recordFailed(&state, problem)
            return []
        case .printed(let failure):
            if case .coordinator(.work) = state.screen {
                CoordinatorWorkFlow.printed(&state, failure: failure)
                return []
            }
            VillagerFlow.printed(&state, failure: failure)
            return []
        case .coordinatorIdentified(let identity):
            return CoordinatorLoginFlow.identified(&state, identity)
        case .coordinatorPINChecked(let check):
            if case .coordinatorPINRecheck = state.screen { return CoordinatorPINStage.checked(&state, check) }
            return CoordinatorLoginFlow.checked(&state, check)
        case .villageRosterLoaded(let roster):
            return CoordinatorWorkFlow.rosterLoaded(&state, roster)
        case .coordinatorRecorded(let receipt):
            return CoordinatorWorkFlow.recorded(&state, receipt)
        case .coordinatorWorkFailed(let notice):
            CoordinatorWorkFlow.failed(&state, notice)
            return []
        case .monthlyDeathsLoaded(let lines):
            DeathReportFlow.monthlyLoaded(&state, lines)
            return []
        case .remindersDueLoaded(let lines):
            ReminderFlow.loaded(&state, lines)
            return []
        case .reminderRecorded:
            ReminderFlow.recorded(&state)
            return []
        case .absentVillagerFound(let file, let authorisations):
            AbsentVillagerFlow.found(&state, file, stored: authorisations)
            return []
        case .authorisationRecorded(let authorisation):
            AbsentVillagerFlow.authorised(&state, authorisation)
            return []
        case .labourForceMonthLoaded(let month, let dueDay, let rows):
            EmploymentWorkFlow.labourForceLoaded(&state, month: month, dueDay: dueDay, rows: rows)
            return []
        case .labourForceConfirmed(let count):
            EmploymentWorkFlow.labourForceConfirmed(&state, count: count)
            return []
        case .longTermUnemployedLoaded(let month, let rows):
            EmploymentWorkFlow.longTermLoaded(&state, month: month, rows: rows)
            return []
        case .jobsMatched(let summary):
            EmploymentWorkFlow.matched(&state, summary)
            return []
        case .weeklyNoticePublished(let lines, let failure):
            EmploymentWorkFlow.noticePublished(&state, lines: lines, failure: failure)
            return []
        case .jobRegistered(let id):
            EmploymentWorkFlow.jobRegistered(&state, id: id)
            return []
        case .jobRegistrationRefused(let problem):
            EmploymentWorkFlow.jobRefused(&state, problem)
            return []
        case .trainingLoaded(let overview):
            EmploymentWorkFlow.trainingLoaded(&state, overview)
            return []
        case .classCandidatesLoaded(let ending):
            EmploymentWorkFlow.classCandidatesLoaded(&state, ending)
            return []
        case .traineeJobsLoaded(let pick):
            EmploymentWorkFlow.traineeJobsLoaded(&state, pick)
            return []
        case .taskListLoaded(let sheet):
            EmploymentWorkFlow.taskListLoaded(&state, sheet)
            return []
        case .cardPINChecked(let result):
            CardPINStage.checked(&state, result)
            return []
        case .upstreamSyncLoaded(let line):
            // Only a logged-in coordinator sees it; an answer arriving after the logout is dropped.
            if state.coordinator != nil { state.upstreamSync = line }
            return []
        case .key(let key):
            if let effects = demoKey(&state, key) {
                return effects
            }
            guard state.fitsTerminal else {
                return []
            }
            if state.screen != .home {
                state.lastActivity = state.clock
            }
            switch state.screen {
            case .home:
                let effects = HomeScreen.reduce(&state, key)
                if state.screen != .home {
                    // A key that leaves home (the coordinator login) starts the wait for the next one.
                    state.lastActivity = state.clock
                }
                return effects
            case .coordinatorLogin(let login):
                return CoordinatorLoginFlow.reduce(&state, login, key)
            case .coordinator(let step):
                return CoordinatorFlow.reduce(&state, step, key)
            case .readingCard, .cardProblem:
                return []
            case .identified:
                return []
            case .villager(let session):
                if state.actingProxy != nil, case .menu = session.step, key == .escape || key == .character("0") {
                    // A session opened without a card ends from its menu: there is no card to pull.
                    state.endSession()
                    return []
                }
                let (next, effects) = VillagerFlow.reduce(session, key, settings: state.settings, actor: state.actor)
                if case .confirming(let pending) = session.step, case .recording = next.step,
                   let act = RecheckedAct(pending.event) {
                    return CoordinatorPINStage.guarded(&state, act, confirmation: .villager(session),
                                                       recording: .villager(next), effects: effects)
                }
                state.screen = .villager(next)
                return effects
            case .coordinatorPINRecheck(let stage):
                return CoordinatorPINStage.reduce(&state, stage, key)
            }
        }
    }

    /// The demo's function keys: insert and remove demo cards, end the demo. Nil when not one of them.
    private static func demoKey(_ state: inout KioskState, _ key: Key) -> [KioskEffect]? {
        guard state.settings.isDemo, case .function(let number) = key else {
            return nil
        }
        let first = KioskSettings.firstDemoCardKey
        switch number {
        case first..<(first + min(KioskSettings.demoCardKeyCount, state.settings.demoCardLabels.count)):
            return [.insertDemoCard(index: number - first)]
        case KioskSettings.removeDemoCardKey:
            return [.removeDemoCard]
        case KioskSettings.quitDemoKey:
            state.isFinished = true
            return [.quit]
        default:
            return nil
        }
    }
}
