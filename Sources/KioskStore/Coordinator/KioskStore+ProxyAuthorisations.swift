import Foundation
import GRDB
import KioskDomain

/// Stored proxy authorisations (授权代理, 亲友协办) and the check before acting for a villager.
extension KioskStore {
    /// Stores an authorisation recorded by a coordinator; returns it with its id.
    @discardableResult
    public func recordAuthorisation(_ authorisation: ProxyAuthorisation, by coordinator: Coordinator,
                                    at instant: Date) throws(CoordinatorStoreError) -> ProxyAuthorisation {
        try coordinatorWrite { db in
            guard try PersonRecord.fetchOne(db, key: authorisation.personID.value) != nil else {
                throw CoordinatorStoreError.unknownPerson(authorisation.personID.masked)
            }
            var row = ProxyAuthorisationRecord(authorisation, recordedBy: coordinator.id)
            row.id = nil
            try row.insert(db)
            var stored = authorisation
            stored.id = row.id
            try AuditChain.append(
                db, recordedAt: Timestamp.text(instant), actor: Actor.coordinator(coordinator).auditText,
                personId: authorisation.personID.value, action: "proxyAuthorised", receiptNumber: nil,
                detail: JSONText.encode([
                    "id": String(row.id ?? 0), "kind": authorisation.kind.rawValue, "proxy": authorisation.proxyName,
                    "relationship": authorisation.relationship, "proxyID": authorisation.proxyIDNumber.masked,
                    "scope": row.scope, "validFrom": row.validFrom, "expiresOn": row.expiresOn,
                    "consentRecordedAt": row.consentRecordedAt, "consentEvidence": authorisation.consentEvidence,
                ]))
            return stored
        }
    }

    /// Withdraws an authorisation.
    public func revokeAuthorisation(id: Int64, for personID: IDNumber, by coordinator: Coordinator,
                                    at instant: Date) throws(CoordinatorStoreError) {
        try revokeAuthorisation(id: id, person: personID, actor: .coordinator(coordinator), at: instant)
    }

    /// Withdraws an authorisation by its id (the technician's `kiosk authorisation revoke`), audited under `actor`;
    /// returns it as it now stands. An unknown id is refused; one already revoked stays so and is audited again.
    @discardableResult
    public func revokeAuthorisation(id: Int64, actor: Actor, at instant: Date) throws(CoordinatorStoreError) -> ProxyAuthorisation {
        try revokeAuthorisation(id: id, person: nil, actor: actor, at: instant)
    }

    @discardableResult
    private func revokeAuthorisation(id: Int64, person personID: IDNumber?, actor: Actor,
                                     at instant: Date) throws(CoordinatorStoreError) -> ProxyAuthorisation {
        try coordinatorWrite { db in
            guard var row = try ProxyAuthorisationRecord.fetchOne(db, key: id),
                  personID == nil || row.personId == personID?.value else {
                throw CoordinatorStoreError.unknownAuthorisation(id)
            }
            row.revoked = true
            try row.update(db)
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText,
                                  personId: row.personId, action: "proxyRevoked", receiptNumber: nil,
                                  detail: JSONText.encode(["id": String(id)]))
            return try row.authorisation()
        }
    }

    /// Every stored authorisation with the villager's name, newest first (revoked and expired ones included).
    public func allAuthorisations() throws -> [(authorisation: ProxyAuthorisation, villagerName: String)] {
        try database.read { db in
            try ProxyAuthorisationRecord.order(Column("id").desc).fetchAll(db).map { row in
                let name = try String.fetchOne(db, sql: "SELECT name FROM people WHERE id_number = ?",
                                               arguments: [row.personId]) ?? ""
                return (try row.authorisation(), name)
            }
        }
    }

    /// A person's authorisations, newest first (revoked and expired ones included).
    public func authorisations(for personID: IDNumber) throws -> [ProxyAuthorisation] {
        try database.read { db in
            try ProxyAuthorisationRecord.filter(Column("person_id") == personID.value).order(Column("id").desc)
                .fetchAll(db).map { try $0.authorisation() }
        }
    }

    /// The authorisations that let someone do `service` for the person on `day`.
    public func authorisations(for personID: IDNumber, permitting service: ProxyService,
                               on day: CivilDate) throws -> [ProxyAuthorisation] {
        try authorisations(for: personID).filter { $0.permits(service: service, on: day) }
    }
}
