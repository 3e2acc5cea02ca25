/// Why an account moves to another county or province.
public enum TransferReason: String, Sendable, Codable, CaseIterable {
    /// The household registration moved.
    case householdMoved
    /// Other reason recorded by the coordinator.
    case other
}

/// A request to move an account between the schemes of two regions (转移申请): since 2026-12 a transfer-in,
/// made at the destination with the county the account comes from (`fromRegion`).
public struct TransferRequest: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var requestedOn: CivilDate
    /// GB/T 2260 code of the destination county.
    public var destinationRegion: String
    public var reason: TransferReason
    /// The personal-account balance moved with it (zero on a transfer-in: the old county knows it).
    public var balance: Money
    /// GB/T 2260 code of the county the account comes from, on a transfer-in; nil on older transfer-out requests.
    public var fromRegion: String?

    /// A transfer request.
    public init(personID: IDNumber, requestedOn: CivilDate, destinationRegion: String,
                reason: TransferReason, balance: Money, fromRegion: String? = nil) {
        self.fromRegion = fromRegion
        self.personID = personID
        self.requestedOn = requestedOn
        self.destinationRegion = destinationRegion
        self.reason = reason
        self.balance = balance
    }
}
