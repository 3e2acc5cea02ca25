import Foundation

/// Whether a coordinator may try a PIN now.
public enum PinLockoutState: Hashable, Sendable {
    /// A PIN may be tried; this many wrong ones are left before the lock.
    case open(remainingAttempts: Int)
    /// No PIN is checked until the instant.
    case locked(until: Date)
}

/// The lockout rule: 5 wrong PINs in a row lock the coordinator for 15 minutes; a correct PIN clears the count.
///
/// The value is stored with the coordinator, so a restart does not reset it.
public struct PinLockout: Hashable, Sendable, Codable {
    /// Wrong PINs allowed in a row.
    public static let maximumAttempts = 5
    /// How long the lock lasts.
    public static let lockDuration: TimeInterval = 15 * 60

    /// Wrong PINs since the last correct one or the last lock.
    public var failedAttempts: Int
    /// The end of the current or last lock.
    public var lockedUntil: Date?

    /// A lockout state.
    public init(failedAttempts: Int = 0, lockedUntil: Date? = nil) {
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
    }

    /// Whether a PIN may be tried at `now`.
    public func state(at now: Date) -> PinLockoutState {
        if let lockedUntil, now < lockedUntil { return .locked(until: lockedUntil) }
        return .open(remainingAttempts: max(0, PinLockout.maximumAttempts - failedAttempts))
    }

    /// The state after a wrong PIN at `now`: the fifth in a row locks, and the count starts again after the lock.
    public func afterWrongPIN(at now: Date) -> PinLockout {
        let attempts = failedAttempts + 1
        if attempts >= PinLockout.maximumAttempts {
            return PinLockout(failedAttempts: 0, lockedUntil: now.addingTimeInterval(PinLockout.lockDuration))
        }
        return PinLockout(failedAttempts: attempts, lockedUntil: lockedUntil)
    }

    /// The state after a correct PIN: nothing counted.
    public func afterCorrectPIN() -> PinLockout { PinLockout() }
}
