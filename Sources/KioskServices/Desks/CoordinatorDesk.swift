import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of the coordinator login: who a card belongs to, and the PIN check with its
/// persisted lockout, off the UI thread, answering through the inbox.
public final class CoordinatorDesk: Sendable {
    let store: KioskStore
    /// Where the desk reads the time of what it records.
    let clock: KioskClock
    /// The policy tables, loaded once at start (rosters and home visits decide with them).
    /// The shipped tables; the county's downloaded ones join them at each use (`KioskStore.policyBook(shipped:)`).
    let shippedPolicies: PolicyBook
    /// Where what went wrong underneath (the database's own words) is written for the technician; nil in tests.
    let log: KioskLog?
    let work = DispatchQueue(label: "kiosk.coordinator-desk")

    /// A desk over `store`, deciding with `policies` on the days of `clock`.
    public init(store: KioskStore, clock: KioskClock, policies: PolicyBook, log: KioskLog? = nil) {
        self.store = store
        self.log = log
        self.clock = clock
        self.shippedPolicies = policies
    }

    /// Posts the coordinator whose card this is, or nil when it is no registered coordinator's: the card's number
    /// and the ID number on it must both be the coordinator's, so a card re-issued to someone else (or a copy with
    /// another holder) does not open coordinator mode.
    public func identify(_ holder: CardHolder, posting inbox: EventInbox) {
        work.async { [store, log] in
            let registered = holder.cardNumber.isEmpty ? nil : (try? store.coordinator(cardNumber: holder.cardNumber)) ?? nil
            let coordinator = registered.flatMap { $0.idNumber.value == holder.idNumber ? $0 : nil }
            inbox.post(.coordinatorIdentified(coordinator.map {
                CoordinatorIdentity(id: $0.id, name: $0.name, cardNumber: $0.cardNumber)
            }))
        }
    }

    /// Registers an ID card's UID to a villager and posts their name, or why it could not be done.
    public func registerIDCard(uid: String, to id: IDNumber, actor: Actor, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            do throws(IDCardRegistrationError) {
                let receipt = try store.registerIDCard(uid: uid, to: id, actor: actor, at: clock.now())
                inbox.post(.idCardRegistered(name: receipt.personName, failure: nil))
            } catch {
                log?.write("coordinator desk: \(error)")
                inbox.post(.idCardRegistered(name: nil, failure: error.userMessage))
            }
        }
    }

    /// Checks the PIN for the card (a slow salted hash; failures counted and stored) and posts the answer.
    public func verify(cardNumber: String, pin: String, posting inbox: EventInbox) {
        work.async { [store, clock, log] in
            inbox.post(.coordinatorPINChecked(Self.check(store: store, cardNumber: cardNumber, pin: pin, at: clock.now())))
        }
    }

    /// The answer to one login attempt.
    static func check(store: KioskStore, cardNumber: String, pin: String, at instant: Date) -> PINCheck {
        guard let typed = try? CoordinatorPIN(pin) else {
            return .refused(CoordinatorPINError.format.userMessage)
        }
        do {
            switch try store.checkCoordinatorLogin(cardNumber: cardNumber, pin: typed, at: instant) {
            case .accepted:
                return .accepted
            case .refused(.wrongPIN(let remaining)):
                return .rejected(attemptsLeft: remaining)
            case .refused(.locked(let until)):
                return .locked(until: WallClockTime(date: until, timeZone: store.timeZone).minuteText)
            case .refused(let refusal):
                return .refused(refusal.userMessage(at: instant))
            }
        } catch {
            return .refused(UserMessage("villager.error.storeUnavailable"))
        }
    }
}
