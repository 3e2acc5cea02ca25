import KioskDomain

/// The store's errors as messages for the screens: the values a person may see, and never the database's own text,
/// which stays in the error (`reason`) for the technicians' log and the command line.
extension StoreError: UserExplainable {
    /// What the screens show for this error.
    public var userMessage: UserMessage {
        switch self {
        case .cannotOpen(let path, _):
            UserMessage(messageKey, ["path": path], nested: ["reason": .databaseFailure])
        case .writeFailed:
            UserMessage(messageKey, nested: ["reason": .databaseFailure])
        case .unknownPerson(let maskedID):
            UserMessage(messageKey, ["id": maskedID])
        case .corruptRow(let table, let key):
            UserMessage(messageKey, ["table": table, "key": (try? IDNumber(key))?.masked ?? key])
        case .invalidDemoData, .noVillageRecorded, .servesAnotherVillage, .noPendingApplication:
            UserMessage(messageKey, parameters)
        case .proxyRefused(let refusals):
            (refusals.first ?? .notRecorded).userMessage
        }
    }

    /// The message for anything that went wrong while the store wrote: the store's own errors say theirs, any other
    /// error (GRDB's, the system's) the generic reason.
    public static func writeFailureMessage(for error: any Error) -> UserMessage {
        (error as? any UserExplainable)?.userMessage ?? StoreError.writeFailed(reason: "").userMessage
    }

    /// The message for anything that went wrong while the store read a villager's file.
    public static func readFailureMessage(for error: any Error) -> UserMessage {
        (error as? any UserExplainable)?.userMessage ?? UserMessage("villager.error.storeUnavailable")
    }
}

extension CoordinatorStoreError: UserExplainable {
    /// What the screens show for this error.
    public var userMessage: UserMessage {
        switch self {
        case .duplicateCoordinator, .unknownCoordinator, .unknownAuthorisation:
            UserMessage(messageKey)
        case .unknownPerson(let maskedID):
            UserMessage(messageKey, ["id": maskedID])
        case .reminderRefused(let code):
            UserMessage(code.messageKey, code.parameters)
        case .deathRefused(let refusal):
            refusal.userMessage
        case .certificationRefused(let refusals):
            refusals.first?.userMessage ?? StoreError.writeFailed(reason: "").userMessage
        case .writeFailed:
            UserMessage(messageKey, nested: ["reason": .databaseFailure])
        }
    }
}

extension IDCardRegistrationError: UserExplainable {
    /// What the screens show for this error.
    public var userMessage: UserMessage {
        switch self {
        case .unknownPerson, .registeredToSomeoneElse: UserMessage(messageKey)
        case .writeFailed: UserMessage(messageKey, nested: ["reason": .databaseFailure])
        }
    }
}

extension CSVImportError: UserExplainable {
    /// What the screens show for this error.
    public var userMessage: UserMessage { UserMessage(messageKey, parameters) }
}
