import KioskDomain

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
