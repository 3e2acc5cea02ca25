import KioskDomain

/// Why a coordinator-mode store operation did not happen.
public enum CoordinatorStoreError: Error, Hashable, Sendable {
    /// A coordinator with this staff ID, ID number or card number exists.
    case duplicateCoordinator(String)
    /// No coordinator has this staff ID or card.
    case unknownCoordinator(String)
    /// The person (masked ID) is not registered.
    case unknownPerson(String)
    /// No authorisation with this id is stored for the person.
    case unknownAuthorisation(Int64)
    /// A reminder is refused by the once-a-month rule or the list.
    case reminderRefused(ReminderRefusalCode)
    /// A death cannot be recorded.
    case deathRefused(DeathReportRefusal)
    /// A certification by home visit is refused, for these reasons.
    case certificationRefused([ServiceRefusal])
    /// The write failed and nothing was recorded.
    case writeFailed(reason: String)

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .duplicateCoordinator: "coordinator.error.duplicate"
        case .unknownCoordinator: "coordinator.error.unknown"
        case .unknownPerson: "store.error.unknownPerson"
        case .unknownAuthorisation: "proxy.error.unknownAuthorisation"
        case .reminderRefused(let code): code.messageKey
        case .deathRefused(let refusal): refusal.messageKey
        case .certificationRefused(let refusals): refusals.first?.messageKey ?? "store.error.writeFailed"
        case .writeFailed: "store.error.writeFailed"
        }
    }
}

/// A reminder refusal as stored in an error (the refusal's message key and date).
public struct ReminderRefusalCode: Hashable, Sendable {
    public var messageKey: String
    public var parameters: [String: String]
}
