import KioskDomain

/// The coordinator's training screen (seed items 6-7): the class requests raised (at least 10 people wishing one trade),
/// whether each was announced and ended, and the trainees' follow-ups with what is due or overdue. The highlight runs
/// over the classes, then the follow-ups (`selected` counts both).
public struct TrainingOverview: Sendable, Equatable {
    /// One class request.
    public struct ClassLine: Sendable, Equatable {
        public var id: Int64
        public var trade: String
        /// People wishing the trade when the request was raised.
        public var people: Int
        public var requestedOn: CivilDate
        public var announcedOn: CivilDate?
        public var endedOn: CivilDate?

        /// A class line.
        public init(id: Int64, trade: String, people: Int, requestedOn: CivilDate, announcedOn: CivilDate?, endedOn: CivilDate?) {
            self.id = id
            self.trade = trade
            self.people = people
            self.requestedOn = requestedOn
            self.announcedOn = announcedOn
            self.endedOn = endedOn
        }
    }

    /// One trainee's follow-up after a class.
    public struct FollowUpLine: Sendable, Equatable {
        /// The class followed up.
        public var classID: Int64
        public var personID: IDNumber
        public var name: String
        public var maskedID: String
        public var trade: String
        public var status: TrainingFollowUp.Status

        /// A follow-up line.
        public init(classID: Int64, personID: IDNumber, name: String, maskedID: String, trade: String,
                    status: TrainingFollowUp.Status) {
            self.classID = classID
            self.personID = personID
            self.name = name
            self.maskedID = maskedID
            self.trade = trade
            self.status = status
        }

        /// Whether it still needs the coordinator (recommendations owed, a visit due or overdue).
        public var isOpen: Bool {
            switch status {
            case .done, .doneLate: false
            default: true
            }
        }
    }

    public var classes: [ClassLine]
    /// Open follow-ups first (overdue, then due), then those done.
    public var followUps: [FollowUpLine]
    /// People the last announcement was sent to (SMS queued), when one was just made.
    public var announcedTo: Int?
    /// What was just recorded (a class ended, jobs recommended, a visit), when something was.
    public var notice: UserMessage?

    /// An overview.
    public init(classes: [ClassLine], followUps: [FollowUpLine], announcedTo: Int? = nil, notice: UserMessage? = nil) {
        self.classes = classes
        self.followUps = followUps
        self.announcedTo = announcedTo
        self.notice = notice
    }

    /// The class with an id.
    public func training(_ id: Int64) -> ClassLine? { classes.first { $0.id == id } }
}
