import KioskDomain
import TerminalUI

/// Ending a class (结业): the people wishing its trade listed, the coordinator marks who took part.
public struct ClassEnding: Sendable, Equatable {
    /// One person who may have taken part.
    public struct Candidate: Sendable, Equatable {
        public var personID: IDNumber
        public var name: String
        public var picked: Bool

        /// A candidate, not yet picked.
        public init(personID: IDNumber, name: String, picked: Bool = false) {
            self.personID = personID
            self.name = name
            self.picked = picked
        }
    }

    public var classID: Int64
    public var trade: String
    public var candidates: [Candidate]
    public var selected: Int
    /// Why the last Enter saved nothing.
    public var problem: UserMessage?

    /// A class to end, nobody picked yet.
    public init(classID: Int64, trade: String, candidates: [Candidate], selected: Int = 0, problem: UserMessage? = nil) {
        self.classID = classID
        self.trade = trade
        self.candidates = candidates
        self.selected = selected
        self.problem = problem
    }

    /// The people picked, in the list's order.
    public var participants: [IDNumber] { candidates.filter(\.picked).map(\.personID) }
}

/// Recommending jobs to a trainee: the related jobs from the matching (`TraineeJobs`), the coordinator picks those passed on.
public struct TraineeJobsPick: Sendable, Equatable {
    /// One job offered for picking.
    public struct Job: Sendable, Equatable {
        public var id: String
        public var title: String
        public var employer: String
        /// Why it matches, in words ("工种相符，县内，工资 3500-4500 元").
        public var reasons: [UserMessage]
        public var picked: Bool

        /// A job, not yet picked.
        public init(id: String, title: String, employer: String, reasons: [UserMessage], picked: Bool = false) {
            self.id = id
            self.title = title
            self.employer = employer
            self.reasons = reasons
            self.picked = picked
        }
    }

    /// The trainee.
    public var line: TrainingOverview.FollowUpLine
    public var jobs: [Job]
    public var selected: Int
    /// Why the last Enter saved nothing.
    public var problem: UserMessage?

    /// A pick, nothing picked yet.
    public init(line: TrainingOverview.FollowUpLine, jobs: [Job], selected: Int = 0, problem: UserMessage? = nil) {
        self.line = line
        self.jobs = jobs
        self.selected = selected
        self.problem = problem
    }

    /// The ids picked, in the list's order.
    public var picked: [String] { jobs.filter(\.picked).map(\.id) }
}

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
