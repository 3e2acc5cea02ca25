import KioskDomain

/// One worker on the monthly confirmation list: last month's record pre-filled, this month's if already entered, and
/// what the coordinator chose now.
public struct LabourForceRow: Sendable, Equatable {
    public var personID: IDNumber
    public var name: String
    /// The latest record before the month (what "unchanged" carries over).
    public var last: LabourForceRecord?
    /// The record in force for the month, when already entered.
    public var current: LabourForceRecord?
    /// What the coordinator chose on this screen, not yet saved.
    public var pending: LabourForceChange?

    /// A row.
    public init(personID: IDNumber, name: String, last: LabourForceRecord?, current: LabourForceRecord?,
                pending: LabourForceChange? = nil) {
        self.personID = personID
        self.name = name
        self.last = last
        self.current = current
        self.pending = pending
    }
}

/// The coordinator's choice for one worker's month: the one-key "unchanged", or a new status.
public enum LabourForceChange: Sendable, Equatable, Hashable {
    case unchanged
    case status(EmploymentStatus)
}

/// One person on the long-term unemployed list, with the service recorded so far.
public struct LongTermRow: Sendable, Equatable {
    public var personID: IDNumber
    public var name: String
    public var months: Int
    public var recommendations: Int
    public var guidanceGiven: Bool

    /// A row.
    public init(personID: IDNumber, name: String, months: Int, recommendations: Int, guidanceGiven: Bool) {
        self.personID = personID
        self.name = name
        self.months = months
        self.recommendations = recommendations
        self.guidanceGiven = guidanceGiven
    }
}

/// What a month's matching run did, as the coordinator sees it.
public struct MatchingSummary: Sendable, Equatable {
    public var month: CalendarMonth
    public var seekers: Int
    public var matched: Int
    public var short: Int
    public var incomplete: Int
    /// Messages newly queued in the SMS outbox.
    public var messages: Int

    /// A summary.
    public init(month: CalendarMonth, seekers: Int, matched: Int, short: Int, incomplete: Int, messages: Int) {
        self.month = month
        self.seekers = seekers
        self.matched = matched
        self.short = short
        self.incomplete = incomplete
        self.messages = messages
    }
}

/// The coordinator's employment work (就业服务): the monthly confirmation, the long-term unemployed, matching, the
/// weekly notice, registering a job, training classes with their follow-ups, and the year's task list.
public struct EmploymentWorkForm: Sendable, Equatable {
    /// The employment menu's entries, in order.
    public enum Choice: String, CaseIterable, Sendable {
        case monthlyConfirmation, longTermUnemployed, matching, weeklyNotice, registerJob, training, taskList
        /// The message key of the label.
        public var labelKey: String { "employment.work.\(rawValue)" }
    }

    /// Where the coordinator is.
    public enum Step: Sendable, Equatable {
        case menu(selected: Int)
        case loading
        case confirming(month: CalendarMonth, dueDay: CivilDate, rows: [LabourForceRow], selected: Int)
        case saving(month: CalendarMonth)
        case saved(month: CalendarMonth, count: Int)
        case longTerm(month: CalendarMonth, rows: [LongTermRow], selected: Int)
        case matching
        case matched(MatchingSummary)
        case publishing
        case published(lines: [String], PrintStatus)
        /// Registering a job, one question at a time (`JobRegistrationFlow`).
        case registeringJob(JobRegistrationForm)
        /// The store is saving the job (the form kept for a refusal).
        case savingJob(JobRegistrationForm)
        /// The job was saved with this id.
        case jobRegistered(id: String)
        /// Class requests and follow-ups; `selected` is the highlighted class request.
        case training(TrainingOverview, selected: Int)
        /// Ending a class: who took part (`AfterClassFlow`).
        case endingClass(ClassEnding)
        /// A trainee's follow-up: 1 recommends jobs, 2 records the visit.
        case followUp(TrainingOverview.FollowUpLine)
        /// Picking the related jobs recommended to a trainee.
        case recommending(TraineeJobsPick)
        /// The follow-up visit: what was found.
        case visiting(TrainingOverview.FollowUpLine)
        /// The year's annex task list with bars, on a page (`TaskListSheet`).
        case taskList(TaskListSheet, page: Int)
        case failed(UserMessage)
    }

    public var step: Step

    /// The form at its menu.
    public init(step: Step = .menu(selected: 0)) {
        self.step = step
    }
}
