import KioskDomain
import TerminalUI

/// What the keys do after a class: picking participants or jobs (↑↓ move, 1 or space marks, Enter saves), the
/// trainee's two acts (1 recommend jobs, 2 record the visit), and the visit's finding (keys 2-5 as on the monthly
/// confirmation). Back (0, Esc) reads the training screen again.
enum AfterClassFlow {
    /// The findings a visit may record, by key (the monthly confirmation's statuses).
    static var findingKeys: [Character: EmploymentStatus] { EmploymentWorkFlow.statusKeys }

    /// Moves or marks in a list of `count` rows; nil for a key that is not a list key.
    static func listKey(_ key: Key, selected: Int, count: Int) -> (selected: Int, toggle: Bool)? {
        switch key {
        case .up: (max(0, selected - 1), false)
        case .down: (min(max(0, count - 1), selected + 1), false)
        case .character("1"), .character(" "): count == 0 ? nil : (selected, true)
        default: nil
        }
    }

    static func reduceEnding(_ ending: ClassEnding, _ key: Key, actor: Actor) -> (EmploymentWorkForm.Step, [KioskEffect])? {
        var ending = ending
        if let (selected, toggle) = listKey(key, selected: ending.selected, count: ending.candidates.count) {
            ending.selected = selected
            if toggle { ending.candidates[selected].picked.toggle() }
            ending.problem = nil
            return (.endingClass(ending), [])
        }
        switch key {
        case .enter:
            guard !ending.participants.isEmpty else {
                ending.problem = UserMessage("employment.afterClass.error.noParticipants")
                return (.endingClass(ending), [])
            }
            return (.loading, [.endTrainingClass(id: ending.classID, participants: ending.participants, actor: actor)])
        case .escape, .character("0"):
            return (.loading, [.loadTraining(actor: actor)])
        default:
            return nil
        }
    }

    static func reduceFollowUp(_ line: TrainingOverview.FollowUpLine, _ key: Key, actor: Actor) -> (EmploymentWorkForm.Step, [KioskEffect])? {
        switch key {
        case .character("1"): (.loading, [.loadTraineeJobs(classID: line.classID, person: line.personID)])
        case .character("2"): (.visiting(line), [])
        case .escape, .character("0"): (.loading, [.loadTraining(actor: actor)])
        default: nil
        }
    }

    static func reducePick(_ pick: TraineeJobsPick, _ key: Key, today: CivilDate, actor: Actor) -> (EmploymentWorkForm.Step, [KioskEffect])? {
        var pick = pick
        if let (selected, toggle) = listKey(key, selected: pick.selected, count: pick.jobs.count) {
            pick.selected = selected
            if toggle { pick.jobs[selected].picked.toggle() }
            pick.problem = nil
            return (.recommending(pick), [])
        }
        switch key {
        case .enter:
            guard !pick.picked.isEmpty else {
                pick.problem = UserMessage("employment.afterClass.error.noJobs")
                return (.recommending(pick), [])
            }
            let recommendation = JobRecommendation(personID: pick.line.personID, purpose: .training, jobIDs: pick.picked,
                                                   recommendedOn: today, classID: pick.line.classID)
            return (.loading, [.recommendJobs(recommendation, actor: actor)])
        case .escape, .character("0"):
            return (.followUp(pick.line), [])
        default:
            return nil
        }
    }

    static func reduceVisit(_ line: TrainingOverview.FollowUpLine, _ key: Key, today: CivilDate, actor: Actor) -> (EmploymentWorkForm.Step, [KioskEffect])? {
        switch key {
        case .character(let c) where findingKeys[c] != nil:
            let visit = TrainingFollowUpVisit(personID: line.personID, classID: line.classID, visitedOn: today, finding: findingKeys[c]!)
            return (.loading, [.recordFollowUpVisit(visit, actor: actor)])
        case .escape, .character("0"):
            return (.followUp(line), [])
        default:
            return nil
        }
    }
}
