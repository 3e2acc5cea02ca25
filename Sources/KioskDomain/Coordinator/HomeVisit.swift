/// A coordinator's visit to a villager who cannot come to the service point (上门服务).
public struct HomeVisit: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var visitedOn: CivilDate
    /// The coordinator's staff ID.
    public var coordinatorID: String
    /// Who else saw the person, e.g. "韦大明 (village committee)".
    public var witness: String

    /// A visit.
    public init(personID: IDNumber, visitedOn: CivilDate, coordinatorID: String, witness: String) {
        self.personID = personID
        self.visitedOn = visitedOn
        self.coordinatorID = coordinatorID
        self.witness = witness
    }
}
