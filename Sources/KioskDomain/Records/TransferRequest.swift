/// Why an account moves to another county or province.
public enum TransferReason: String, Sendable, Codable, CaseIterable {
    /// The household registration moved.
    case householdMoved
    /// Other reason recorded by the coordinator.
    case other
}

/// A request to move an account to the scheme of another region (转移申请).
public struct TransferRequest: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var requestedOn: CivilDate
    /// GB/T 2260 code of the destination county.
    public var destinationRegion: String
    public var reason: TransferReason
    /// The personal-account balance moved with it.
    public var balance: Money

    /// A transfer request.
    public init(personID: IDNumber, requestedOn: CivilDate, destinationRegion: String,
                reason: TransferReason, balance: Money) {
        self.personID = personID
        self.requestedOn = requestedOn
        self.destinationRegion = destinationRegion
        self.reason = reason
        self.balance = balance
    }
}
