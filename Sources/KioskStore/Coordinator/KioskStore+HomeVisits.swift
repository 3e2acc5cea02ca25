import Foundation
import GRDB
import KioskDomain

/// A row of `home_visits`.
public struct HomeVisitRecord: ServiceRecord {
    public static let databaseTableName = "home_visits"
    public var id: Int64?
    public var personId: String
    public var visitedOn: String
    public var coordinatorId: String
    public var witness: String
    public var receiptNumber: String?
}

/// Home visits (上门服务): the visit list and certification recorded at the visit.
extension KioskStore {
    /// Pensioners who cannot walk and whose certification is due or overdue on `day`, overdue first.
    /// Reads only the local file, so it works with the upstream link down.
    public func homeVisitList(villageCode: String, on day: CivilDate, policy: PolicyTable) throws -> [RosterEntry] {
        try roster(villageCode: villageCode, on: day, policy: policy).homeVisits
    }

    /// Records a certification made at a home visit, with its witness, in one transaction: the certification's
    /// receipt, audit and outbox entries as for any certification, plus the visit row. The certification counts
    /// from the day of the visit, which may be before the day it is recorded (visits made off-line).
    @discardableResult
    public func recordHomeVisitCertification(_ visit: HomeVisit, policy: PolicyTable, policies: PolicyBook, actor: Actor,
                                             at instant: Date) throws(CoordinatorStoreError) -> Receipt {
        let person: Person?
        let account: InsuranceAccount
        let history: ServiceHistory
        do {
            person = try self.person(visit.personID)
            account = try self.account(visit.personID)
            history = try self.history(visit.personID)
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
        guard let person else { throw .unknownPerson(visit.personID.masked) }
        if visit.visitedOn > CivilDate(instant, in: timeZone) {
            throw .certificationRefused([ServiceRefusal.dateInFuture(visit.visitedOn)])
        }
        let outcome = CertificationDecision.decide(person: person, account: account, history: history, policy: policy,
                                                   policies: policies, method: .homeVisit, today: visit.visitedOn)
        guard let decision = outcome.decision else { throw .certificationRefused(outcome.refusals) }
        return try coordinatorWrite { db in
            let receipt = try self.record(.certification(decision), actor: actor, at: instant, in: db)
            var row = HomeVisitRecord(id: nil, personId: visit.personID.value, visitedOn: visit.visitedOn.iso,
                                      coordinatorId: visit.coordinatorID, witness: visit.witness,
                                      receiptNumber: receipt.number)
            try row.insert(db)
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText,
                                  personId: visit.personID.value, action: "homeVisit", receiptNumber: receipt.number,
                                  detail: JSONText.encode(["visitedOn": visit.visitedOn.iso, "witness": visit.witness]))
            return receipt
        }
    }

    /// A person's home visits, newest first.
    public func homeVisits(for personID: IDNumber) throws -> [HomeVisit] {
        try database.read { db in
            try HomeVisitRecord.filter(Column("person_id") == personID.value).order(Column("visited_on").desc)
                .fetchAll(db).compactMap { row in
                    CivilDate(iso: row.visitedOn).map {
                        HomeVisit(personID: personID, visitedOn: $0, coordinatorID: row.coordinatorId, witness: row.witness)
                    }
                }
        }
    }
}
