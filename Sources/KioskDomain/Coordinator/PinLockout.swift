import Foundation

/// Whether a coordinator may try a PIN now.
public enum PinLockoutState: Hashable, Sendable {
    /// A PIN may be tried; this many wrong ones are left before the lock.
    case open(remainingAttempts: Int)
    /// No PIN is checked until the instant.
    case locked(until: Date)
    /// No PIN is checked until the county technician resets the coordinator's PIN.
    case lockedUntilReset
}

/// The lockout rule: 5 wrong PINs in a row lock the coordinator; each lock lasts longer than the one before
/// (15 minutes, then 1 hour, then 24 hours), and the fourth lasts until the county technician resets the PIN.
/// A correct PIN clears the count of wrong ones but not the locks already imposed: only the technician's reset
/// does (the county's security review; the durations are assumed from common practice, no public source).
///
/// The value is stored with the coordinator, so a restart does not reset it.
public struct PinLockout: Hashable, Sendable, Codable {
    /// Wrong PINs allowed in a row.
    public static let maximumAttempts = 5
    /// How long the first lock lasts.
    public static let lockDuration: TimeInterval = 15 * 60
    /// How long the first, second and third locks last; the next one lasts until the technician resets.
    public static let lockDurations: [TimeInterval] = [15 * 60, 60 * 60, 24 * 60 * 60]

    /// Wrong PINs since the last correct one or the last lock.
    public var failedAttempts: Int
    /// The end of the current or last lock.
    public var lockedUntil: Date?
    /// Locks imposed since the technician last reset the PIN.
    public var lockLevel: Int

    /// A lockout state.
    public init(failedAttempts: Int = 0, lockedUntil: Date? = nil, lockLevel: Int = 0) {
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.lockLevel = lockLevel
    }

    /// Whether the coordinator is locked out until the technician resets the PIN.
    public var isLockedUntilReset: Bool { lockLevel > Self.lockDurations.count }

    /// Whether a PIN may be tried at `now`.
    public func state(at now: Date) -> PinLockoutState {
        if isLockedUntilReset { return .lockedUntilReset }
        if let lockedUntil, now < lockedUntil { return .locked(until: lockedUntil) }
        return .open(remainingAttempts: max(0, PinLockout.maximumAttempts - failedAttempts))
    }

    /// The state after a wrong PIN at `now`: the fifth in a row locks for longer than the lock before, and the
    /// count starts again after the lock.
    public func afterWrongPIN(at now: Date) -> PinLockout {
        let attempts = failedAttempts + 1
        guard attempts >= PinLockout.maximumAttempts else {
            return PinLockout(failedAttempts: attempts, lockedUntil: lockedUntil, lockLevel: lockLevel)
        }
        let level = lockLevel + 1
        guard level <= Self.lockDurations.count else {
            return PinLockout(failedAttempts: 0, lockedUntil: nil, lockLevel: level)
        }
        return PinLockout(failedAttempts: 0, lockedUntil: now.addingTimeInterval(Self.lockDurations[level - 1]),
                          lockLevel: level)
    }

    /// The state after a correct PIN: no wrong PIN counted; the locks imposed so far stay for the next one.
    public func afterCorrectPIN() -> PinLockout { PinLockout(lockLevel: lockLevel) }
}
