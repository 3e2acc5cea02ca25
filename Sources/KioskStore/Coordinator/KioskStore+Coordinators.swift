import Foundation
import GRDB
import KioskDomain

/// The result of a login attempt with card and PIN.
public enum CoordinatorLoginResult: Hashable, Sendable {
    case accepted(Coordinator)
    case refused(CoordinatorLoginRefusal)
}

/// Coordinator accounts: registration by the county technician, PIN checks with a persisted lockout.
/// Every change and every login attempt is written to the audit chain (never the PIN).
extension KioskStore {
    /// Registers a coordinator with a PIN hashed at `iterations`.
    public func addCoordinator(_ coordinator: Coordinator, pin: CoordinatorPIN,
                               iterations: Int = PINHashing.defaultIterations, actor: Actor,
                               at instant: Date) throws(CoordinatorStoreError) {
        let hash = PINHashing.hash(pin, iterations: iterations)
        try coordinatorWrite { db in
            let clash = try CoordinatorRecord.filter(Column("id") == coordinator.id
                || Column("id_number") == coordinator.idNumber.value
                || Column("card_number") == coordinator.cardNumber).fetchCount(db)
            guard clash == 0 else { throw CoordinatorStoreError.duplicateCoordinator(coordinator.id) }
            try CoordinatorRecord(coordinator, pin: hash, createdAt: instant).insert(db)
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: "coordinatorAdded", receiptNumber: nil,
                                  detail: JSONText.encode(["coordinator": coordinator.id, "role": coordinator.role.rawValue,
                                                           "card": coordinator.cardNumber]))
        }
    }

    /// Sets a new PIN and clears any lockout.
    public func resetCoordinatorPIN(id: String, pin: CoordinatorPIN, iterations: Int = PINHashing.defaultIterations,
                                    actor: Actor, at instant: Date) throws(CoordinatorStoreError) {
        let hash = PINHashing.hash(pin, iterations: iterations)
        try coordinatorWrite { db in
            guard var row = try CoordinatorRecord.fetchOne(db, key: id) else {
                throw CoordinatorStoreError.unknownCoordinator(id)
            }
            row.pinHash = hash.hash
            row.pinSalt = hash.salt
            row.pinIterations = hash.iterations
            row.lockout = PinLockout()
            try row.update(db)
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: "coordinatorPINReset", receiptNumber: nil,
                                  detail: JSONText.encode(["coordinator": id]))
        }
    }

    /// Removes a coordinator; their past actions stay in the audit chain.
    public func removeCoordinator(id: String, actor: Actor, at instant: Date) throws(CoordinatorStoreError) {
        try coordinatorWrite { db in
            guard try CoordinatorRecord.deleteOne(db, key: id) else { throw CoordinatorStoreError.unknownCoordinator(id) }
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: "coordinatorRemoved", receiptNumber: nil,
                                  detail: JSONText.encode(["coordinator": id]))
        }
    }

    /// Every coordinator with their lockout state, by staff ID.
    public func coordinatorAccounts() throws -> [CoordinatorAccount] {
        try database.read { db in
            try CoordinatorRecord.order(Column("id")).fetchAll(db).map {
                CoordinatorAccount(coordinator: try $0.coordinator(), lockout: $0.lockout, pinIterations: $0.pinIterations)
            }
        }
    }

    /// The coordinator whose card has this number, if registered.
    public func coordinator(cardNumber: String) throws -> Coordinator? {
        try database.read { db in
            try CoordinatorRecord.filter(Column("card_number") == cardNumber).fetchOne(db)?.coordinator()
        }
    }

    /// Checks a login: the card must be a registered coordinator's for this kiosk's village (technicians may use
    /// any kiosk), the coordinator not locked, the PIN right. A wrong PIN counts towards the lock; the fifth in a
    /// row locks for 15 minutes; a right one clears the count. The state is stored, so a restart keeps it.
    public func checkCoordinatorLogin(cardNumber: String, pin: CoordinatorPIN,
                                      at instant: Date) throws(CoordinatorStoreError) -> CoordinatorLoginResult {
        let found: CoordinatorRecord?
        do {
            found = try database.read { db in
                try CoordinatorRecord.filter(Column("card_number") == cardNumber).fetchOne(db)
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
        guard let record = found, let coordinator = try? record.coordinator() else {
            try auditLogin(action: "coordinatorLoginRefused", actor: .system, detail: ["reason": "unknownCard"], at: instant)
            return .refused(.unknownCard)
        }
        let actor = Actor.coordinator(id: coordinator.id, name: coordinator.name)
        if case .locked(let until) = record.lockout.state(at: instant) {
            try auditLogin(action: "coordinatorLoginRefused", actor: actor, detail: ["reason": "locked"], at: instant)
            return .refused(.locked(until: until))
        }
        if record.lockout.isLockedUntilReset {
            try auditLogin(action: "coordinatorLoginRefused", actor: actor, detail: ["reason": "lockedUntilReset"], at: instant)
            return .refused(.lockedUntilReset)
        }
        if coordinator.role == .villageCoordinator && coordinator.villageCode != villageCode {
            try auditLogin(action: "coordinatorLoginRefused", actor: actor, detail: ["reason": "otherVillage"], at: instant)
            return .refused(.otherVillage)
        }
        let matches = PINHashing.verify(pin, against: record.pin)
        var result = CoordinatorLoginResult.accepted(coordinator)
        try coordinatorWrite { db in
            // Read again inside the transaction so concurrent attempts all count.
            guard var row = try CoordinatorRecord.fetchOne(db, key: record.id) else {
                throw CoordinatorStoreError.unknownCoordinator(record.id)
            }
            let at = Timestamp.text(instant)
            if matches {
                row.lockout = row.lockout.afterCorrectPIN()
                try row.update(db)
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil, action: "coordinatorLogin",
                                      receiptNumber: nil, detail: JSONText.encode(["card": cardNumber]))
                return
            }
            row.lockout = row.lockout.afterWrongPIN(at: instant)
            try row.update(db)
            switch row.lockout.state(at: instant) {
            case .locked(let until):
                result = .refused(.locked(until: until))
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil,
                                      action: "coordinatorLocked", receiptNumber: nil,
                                      detail: JSONText.encode(["until": Timestamp.text(until)]))
            case .lockedUntilReset:
                result = .refused(.lockedUntilReset)
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil,
                                      action: "coordinatorLocked", receiptNumber: nil,
                                      detail: JSONText.encode(["until": "reset"]))
            case .open(let remaining):
                result = .refused(.wrongPIN(remainingAttempts: remaining))
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil,
                                      action: "coordinatorLoginRefused", receiptNumber: nil,
                                      detail: JSONText.encode(["reason": "wrongPIN", "remaining": String(remaining)]))
            }
        }
        return result
    }

    private func auditLogin(action: String, actor: Actor, detail: [String: String],
                            at instant: Date) throws(CoordinatorStoreError) {
        try coordinatorWrite { db in
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: action, receiptNumber: nil, detail: JSONText.encode(detail))
        }
    }

    /// Runs a write transaction, keeping coordinator errors and wrapping the rest.
    @discardableResult
    func coordinatorWrite<T>(_ body: (Database) throws -> T) throws(CoordinatorStoreError) -> T {
        do {
            return try database.write { db in try body(db) }
        } catch let error as CoordinatorStoreError {
            throw error
        } catch let error as StoreError {
            if case .unknownPerson(let id) = error { throw .unknownPerson(id) }
            throw .writeFailed(reason: String(describing: error))
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }
}
