import KioskDomain

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
