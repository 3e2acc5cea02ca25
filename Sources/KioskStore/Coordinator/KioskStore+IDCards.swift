import Foundation
import KioskDomain

/// Why a resident ID card could not be registered to a villager.
public enum IDCardRegistrationError: Error, Hashable, Sendable {
    /// Nobody with this ID number is in the kiosk's village register.
    case unknownPerson
    /// The card is already registered to someone else.
    case registeredToSomeoneElse
    /// The store could not write it; nothing was changed.
    case writeFailed

    /// The message key of the text shown.
    public var messageKey: String {
        switch self {
        case .unknownPerson: "coordinator.idcard.unknownPerson"
        case .registeredToSomeoneElse: "coordinator.idcard.registeredToSomeoneElse"
        case .writeFailed: "store.error.writeFailed"
        }
    }
}

extension KioskStore {
    /// Registers a resident ID card's UID to a villager (so the card opens their session at a
    /// contactless reader), as a registration event with receipt, audit and outbox entries.
    public func registerIDCard(uid: String, to id: IDNumber, actor: Actor,
                               at instant: Date) throws(IDCardRegistrationError) -> Receipt {
        let cardUID = uid.uppercased()
        guard var villager = (try? person(id)) ?? nil else {
            throw .unknownPerson
        }
        if let holder = (try? person(cardUID: cardUID)) ?? nil, holder.id != id {
            throw .registeredToSomeoneElse
        }
        villager.cardUID = cardUID
        do {
            return try record(.registration(villager), actor: actor, at: instant)
        } catch {
            throw .writeFailed
        }
    }
}
