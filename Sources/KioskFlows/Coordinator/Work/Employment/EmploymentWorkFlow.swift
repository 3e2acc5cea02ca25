import KioskDomain
import TerminalUI

/// Keys and store answers of the coordinator's employment work.
///
/// The monthly confirmation: each worker's last record is shown; 1 confirms it unchanged for the month, 2-5 set a
/// new status (employed, self-employed or farming, wanting work, not in the labour force), the highlight moves on to
/// the next worker; Enter saves what was chosen as new record versions; 0 or Esc goes back without saving.
enum EmploymentWorkFlow {
    /// The statuses keys 2-5 set.
    static let statusKeys: [Character: EmploymentStatus] = [
        "2": .employed, "3": .selfEmployedOrFarming, "4": .unemployedWantingWork, "5": .notInLabourForce(.other),
    ]

    static func reduce(_ state: inout KioskState, _ form: EmploymentWorkForm, _ key: Key) -> [KioskEffect] {
        var form = form
        var effects: [KioskEffect] = []
        let isDone = key == .escape || key == .character("0") || key == .enter
        switch form.step {
        case .loading, .saving, .matching, .publishing, .savingJob:
            return []
        case .registeringJob(let job):
            let (next, jobEffects) = JobRegistrationFlow.reduce(job, key, today: state.clock.civilDate, actor: state.actor)
            guard let next else {
                form.step = .menu(selected: EmploymentWorkForm.Choice.allCases.firstIndex(of: .registerJob) ?? 0)
                break
            }
            form.step = jobEffects.isEmpty ? .registeringJob(next) : .savingJob(next)
            effects = jobEffects
        case .menu(let selected):
            let choices = EmploymentWorkForm.Choice.allCases
            switch MenuKeys.choice(key, count: choices.count, selected: selected) {
            case .moved(let index): form.step = .menu(selected: index)
            case .chosen(let index):
                switch choices[index] {
                case .monthlyConfirmation:
                    form.step = .loading
                    effects = [.loadLabourForceMonth]
                case .longTermUnemployed:
                    form.step = .loading
                    effects = [.loadLongTermUnemployed]
                case .matching:
                    form.step = .matching
                    effects = [.runMonthlyMatching(actor: state.actor)]
                case .weeklyNotice:
                    form.step = .publishing
                    effects = [.publishWeeklyNotice(actor: state.actor)]
                case .registerJob:
                    form.step = .registeringJob(JobRegistrationForm())
                case .training:
                    form.step = .loading
                    effects = [.loadTraining(actor: state.actor)]
                case .taskList:
                    form.step = .loading
                    effects = [.loadTaskList]
                }
            case .back:
                CoordinatorWorkFlow.backToMenu(&state, from: .employment)
                return []
            case nil: return []
            }
        case .confirming(let month, let due, var rows, let selected):
            switch key {
            case .up: form.step = .confirming(month: month, dueDay: due, rows: rows, selected: max(0, selected - 1))
            case .down: form.step = .confirming(month: month, dueDay: due, rows: rows, selected: min(rows.count - 1, selected + 1))
            case .character("1") where rows.indices.contains(selected) && rows[selected].last != nil:
                rows[selected].pending = .unchanged
                form.step = .confirming(month: month, dueDay: due, rows: rows, selected: min(rows.count - 1, selected + 1))
            case .character(let c) where statusKeys[c] != nil && rows.indices.contains(selected):
                rows[selected].pending = .status(statusKeys[c]!)
                form.step = .confirming(month: month, dueDay: due, rows: rows, selected: min(rows.count - 1, selected + 1))
            case .enter:
                let changes = Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.pending.map { (row.personID, $0) } })
                guard !changes.isEmpty else { return [] }
                form.step = .saving(month: month)
                effects = [.confirmLabourForce(month: month, changes: changes, actor: state.actor)]
            case .escape, .character("0"):
                form.step = .menu(selected: 0)
            default:
                return []
            }
        case .training(let overview, let selected):
            let rows = overview.classes.count + overview.followUps.count
            let followUp = selected - overview.classes.count
            switch key {
            case .up, .down:
                let next = key == .up ? max(0, selected - 1) : min(max(0, rows - 1), selected + 1)
                form.step = .training(overview, selected: next)
            case .character("1") where overview.classes.indices.contains(selected) && overview.classes[selected].announcedOn == nil:
                form.step = .loading
                effects = [.announceTrainingClass(id: overview.classes[selected].id, actor: state.actor)]
            case .character("2") where overview.classes.indices.contains(selected) && overview.classes[selected].announcedOn != nil
                && overview.classes[selected].endedOn == nil:
                form.step = .loading
                effects = [.loadClassCandidates(classID: overview.classes[selected].id)]
            case .enter where overview.followUps.indices.contains(followUp):
                form.step = .followUp(overview.followUps[followUp])
            case .escape, .character("0"), .enter:
                form.step = .menu(selected: EmploymentWorkForm.Choice.allCases.firstIndex(of: .training) ?? 0)
            default:
                return []
            }
        case .longTerm(_, let rows, let selected) where key == .character("1") && rows.indices.contains(selected):
            // Guidance given today to the highlighted person; the list is read again with it.
            form.step = .loading
            effects = [.recordGuidance(rows[selected].personID, actor: state.actor)]
        case .saved, .longTerm, .matched, .failed:
            guard isDone else {
                if case .longTerm(let month, let rows, let selected) = form.step, key == .up || key == .down {
                    let next = key == .up ? max(0, selected - 1) : min(max(0, rows.count - 1), selected + 1)
                    form.step = .longTerm(month: month, rows: rows, selected: next)
                    break
                }
                return []
            }
            form.step = .menu(selected: 0)
        case .endingClass(let ending):
            guard let (step, next) = AfterClassFlow.reduceEnding(ending, key, actor: state.actor) else { return [] }
            form.step = step
            effects = next
        case .followUp(let line):
            guard let (step, next) = AfterClassFlow.reduceFollowUp(line, key, actor: state.actor) else { return [] }
            form.step = step
            effects = next
        case .recommending(let pick):
            guard let (step, next) = AfterClassFlow.reducePick(pick, key, today: state.clock.civilDate, actor: state.actor) else {
                return []
            }
            form.step = step
            effects = next
        case .visiting(let line):
            guard let (step, next) = AfterClassFlow.reduceVisit(line, key, today: state.clock.civilDate, actor: state.actor) else {
                return []
            }
            form.step = step
            effects = next
        case .taskList(let sheet, let page):
            if let next = sheet.page(after: key, from: page) {
                form.step = .taskList(sheet, page: next)
            } else if isDone {
                form.step = .menu(selected: EmploymentWorkForm.Choice.allCases.firstIndex(of: .taskList) ?? 0)
            } else {
                return []
            }
        case .published:
            guard isDone else { return [] }
            form.step = .menu(selected: EmploymentWorkForm.Choice.allCases.firstIndex(of: .weeklyNotice) ?? 0)
        case .jobRegistered:
            guard isDone else { return [] }
            form.step = .menu(selected: EmploymentWorkForm.Choice.allCases.firstIndex(of: .registerJob) ?? 0)
        }
        state.screen = .coordinator(.work(.employment(form)))
        return effects
    }

    /// The store listed the month's workers with last month's records.
    static func labourForceLoaded(_ state: inout KioskState, month: CalendarMonth, dueDay: CivilDate, rows: [LabourForceRow]) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.step = .confirming(month: month, dueDay: dueDay, rows: rows, selected: rows.firstIndex { $0.current == nil } ?? 0)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store saved the confirmations.
    static func labourForceConfirmed(_ state: inout KioskState, count: Int) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), case .saving(let month) = form.step else { return }
        form.step = .saved(month: month, count: count)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store listed the long-term unemployed.
    static func longTermLoaded(_ state: inout KioskState, month: CalendarMonth, rows: [LongTermRow]) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.step = .longTerm(month: month, rows: rows, selected: 0)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The month's matching ran.
    static func matched(_ state: inout KioskState, _ summary: MatchingSummary) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .matching else { return }
        form.step = .matched(summary)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The weekly notice was recorded as published and sent to the printer.
    static func noticePublished(_ state: inout KioskState, lines: [String], failure: UserMessage?) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .publishing else { return }
        form.step = .published(lines: lines, failure.map { .failed($0) } ?? .printed)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store listed the class requests and follow-ups.
    static func trainingLoaded(_ state: inout KioskState, _ overview: TrainingOverview) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        // The highlight starts where work waits: a request to announce, else a class to end.
        let selected = overview.classes.firstIndex { $0.announcedOn == nil }
            ?? overview.classes.firstIndex { $0.endedOn == nil } ?? 0
        form.step = .training(overview, selected: selected)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store listed who may have taken part in the class being ended.
    static func classCandidatesLoaded(_ state: inout KioskState, _ ending: ClassEnding) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.step = .endingClass(ending)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store listed the related jobs a trainee may be recommended.
    static func traineeJobsLoaded(_ state: inout KioskState, _ pick: TraineeJobsPick) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.step = .recommending(pick)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store counted the year's task list.
    static func taskListLoaded(_ state: inout KioskState, _ sheet: TaskListSheet) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.step = .taskList(sheet, page: 0)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store saved the job registered on screen.
    static func jobRegistered(_ state: inout KioskState, id: String) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), case .savingJob = form.step else { return }
        form.step = .jobRegistered(id: id)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store refused the job: back to the summary with why, every answer kept.
    static func jobRefused(_ state: inout KioskState, _ problem: UserMessage) {
        guard case .employment(var form)? = CoordinatorWorkFlow.current(state), case .savingJob(var job) = form.step else { return }
        job.problem = problem
        form.step = .registeringJob(job)
        state.screen = .coordinator(.work(.employment(form)))
    }

    /// The store did not do the work.
    static func failed(_ state: inout KioskState, _ form: EmploymentWorkForm, _ notice: UserMessage) {
        var form = form
        form.step = .failed(notice)
        state.screen = .coordinator(.work(.employment(form)))
    }
}
