import KioskDomain
/// A village coordinator as the screens need them: staff ID and name.
public struct CoordinatorIdentity: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The number of the coordinator's own card, which the login checks with the PIN.
    public var cardNumber: String

    /// A coordinator.
    public init(id: String, name: String, cardNumber: String) {
        self.id = id
        self.name = name
        self.cardNumber = cardNumber
    }
}

/// The answer to a PIN check.
public enum PINCheck: Sendable, Equatable {
    case accepted
    /// Wrong PIN; this many tries are left before the lock.
    case rejected(attemptsLeft: Int)
    /// Too many wrong PINs: locked until this time (already formatted, e.g. `16:45`).
    case locked(until: String)
    /// The login is refused for another reason, e.g. a coordinator of another village.
    case refused(UserMessage)
}
