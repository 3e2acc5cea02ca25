import Foundation

/// The domain's refusals and errors as messages, with every value their texts need.
extension ServiceRefusal: UserExplainable {
    /// The refusal's message with its values.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}

extension IDNumberError: UserExplainable {
    /// The error's message with its values.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}

extension PhoneNumberError: UserExplainable {
    /// The error's message (it has no values).
    public var userMessage: UserMessage { UserMessage(messageKey) }
}

extension PolicyError: UserExplainable {
    /// The error's message; a field's problem is shown as its own text, not its key.
    public var userMessage: UserMessage {
        switch self {
        case .invalid(let file, let field, let problem):
            UserMessage(messageKey, ["file": file, "field": field], nested: ["problem": UserMessage(problem.messageKey)])
        case .unreadableFolder, .noTableInForce:
            UserMessage(messageKey, parameters)
        }
    }
}

extension DeathReportRefusal: UserExplainable {
    /// The refusal's message with its day.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}

extension ActEvidenceProblem: UserExplainable {
    /// The problem's message with the lengths a number may have.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}

extension ReminderRefusal: UserExplainable {
    /// The refusal's message with its day.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}

extension ProxyRefusal: UserExplainable {
    /// The refusal's message; a service is shown by its name, not its code.
    public var userMessage: UserMessage {
        switch self {
        case .outOfScope(let service): UserMessage(messageKey, nested: ["service": UserMessage(service.messageKey)])
        case .expired, .notYetValid, .revoked, .notRecorded, .notDelegable: UserMessage(messageKey, parameters)
        }
    }
}

extension CoordinatorPINError: UserExplainable {
    /// The error's message (it has no values).
    public var userMessage: UserMessage { UserMessage(messageKey) }
}

extension CoordinatorLoginRefusal {
    /// The refusal's message at `now` (a lock shows the minutes it still lasts).
    public func userMessage(at now: Date) -> UserMessage { UserMessage(messageKey, parameters(at: now)) }
}
