import Foundation
import GRDB
import KioskDomain

/// A row of `coordinators`: the coordinator, the PIN hash and the lockout state.
public struct CoordinatorRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "coordinators"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: String
    public var name: String
    public var idNumber: String
    public var cardNumber: String
    public var villageCode: String
    public var role: String
    public var pinHash: String
    public var pinSalt: String
    public var pinIterations: Int
    public var failedAttempts: Int
    public var lockedUntil: String?
    public var createdAt: String
    /// Locks imposed since the technician last reset the PIN (migration "2026-12 identity coordinator lock levels").
    public var lockLevel: Int

    /// The row of a new coordinator.
    public init(_ c: Coordinator, pin: PINHash, createdAt: Date) {
        id = c.id
        name = c.name
        idNumber = c.idNumber.value
        cardNumber = c.cardNumber
        villageCode = c.villageCode
        role = c.role.rawValue
        pinHash = pin.hash
        pinSalt = pin.salt
        pinIterations = pin.iterations
        failedAttempts = 0
        lockedUntil = nil
        lockLevel = 0
        self.createdAt = Timestamp.text(createdAt)
    }

    /// The coordinator this row holds.
    public func coordinator() throws(StoreError) -> Coordinator {
        guard let number = try? IDNumber(idNumber), let role = CoordinatorRole(rawValue: role) else {
            throw .corruptRow(table: Self.databaseTableName, key: id)
        }
        return Coordinator(id: id, name: name, idNumber: number, cardNumber: cardNumber, villageCode: villageCode,
                           role: role)
    }

    /// The stored PIN hash.
    public var pin: PINHash { PINHash(hash: pinHash, salt: pinSalt, iterations: pinIterations) }

    /// The lockout state.
    public var lockout: PinLockout {
        get {
            PinLockout(failedAttempts: failedAttempts, lockedUntil: lockedUntil.flatMap(Timestamp.date), lockLevel: lockLevel)
        }
        set {
            failedAttempts = newValue.failedAttempts
            lockedUntil = newValue.lockedUntil.map(Timestamp.text)
            lockLevel = newValue.lockLevel
        }
    }
}

/// A coordinator as the technician's list shows it.
public struct CoordinatorAccount: Hashable, Sendable {
    public var coordinator: Coordinator
    public var lockout: PinLockout
    public var pinIterations: Int
}
