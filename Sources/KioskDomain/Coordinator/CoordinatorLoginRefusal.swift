import Foundation

/// Why a coordinator login with card and PIN is refused.
public enum CoordinatorLoginRefusal: Error, Hashable, Sendable {
    /// The inserted card belongs to no registered coordinator.
    case unknownCard
    /// The PIN is wrong; this many tries remain before the lock.
    case wrongPIN(remainingAttempts: Int)
    /// Too many wrong PINs: locked until the instant.
    case locked(until: Date)
    /// The coordinator serves another village than this kiosk.
    case otherVillage
    /// Locked four times: no PIN is checked until the county technician resets it.
    case lockedUntilReset

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .unknownCard: "coordinator.login.refusal.unknownCard"
        case .wrongPIN: "coordinator.login.refusal.wrongPIN"
        case .locked: "coordinator.login.refusal.locked"
        case .otherVillage: "coordinator.login.refusal.otherVillage"
        case .lockedUntilReset: "coordinator.login.refusal.lockedUntilReset"
        }
    }

    /// Values the message inserts: `remaining`, or `minutes` left of the lock at `now`.
    public func parameters(at now: Date) -> [String: String] {
        switch self {
        case .wrongPIN(let remaining): ["remaining": String(remaining)]
        case .locked(let until): ["minutes": String(max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up))))]
        case .unknownCard, .otherVillage, .lockedUntilReset: [:]
        }
    }
}
