import KioskDomain

/// The coordinator's training screen (seed items 6-7): the class requests raised (at least 10 people wishing one trade),
/// whether each was announced, and the trainees' follow-ups with what is due or overdue.
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
        public var name: String
        public var maskedID: String
        public var trade: String
        public var status: TrainingFollowUp.Status

        /// A follow-up line.
        public init(name: String, maskedID: String, trade: String, status: TrainingFollowUp.Status) {
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

    /// An overview.
    public init(classes: [ClassLine], followUps: [FollowUpLine], announcedTo: Int? = nil) {
        self.classes = classes
        self.followUps = followUps
        self.announcedTo = announcedTo
    }
}
