/// What a coordinator account may do at the kiosk.
public enum CoordinatorRole: String, Sendable, Codable, CaseIterable {
    /// The village coordinator (村级协管员): acts for villagers, keeps the village's rosters and reports.
    case villageCoordinator
    /// The county technician: looks after the kiosk (accounts, database, exports).
    case countyTechnician

    /// The message key of the role's display name.
    public var messageKey: String { "coordinator.role.\(rawValue)" }
}

/// A person allowed into coordinator mode: identified by their own card and a PIN.
public struct Coordinator: Hashable, Sendable, Codable {
    /// Staff ID, e.g. `XG-450124-017`.
    public var id: String
    public var name: String
    /// The coordinator's own resident ID number.
    public var idNumber: IDNumber
    /// The number of the social-security card the coordinator logs in with (EF05 card number).
    public var cardNumber: String
    /// 12-digit code of the village the coordinator serves.
    public var villageCode: String
    public var role: CoordinatorRole

    /// A coordinator.
    public init(id: String, name: String, idNumber: IDNumber, cardNumber: String, villageCode: String,
                role: CoordinatorRole = .villageCoordinator) {
        self.id = id
        self.name = name
        self.idNumber = idNumber
        self.cardNumber = cardNumber
        self.villageCode = villageCode
        self.role = role
    }
}
