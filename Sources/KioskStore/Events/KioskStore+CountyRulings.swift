import Foundation
import GRDB
import KioskDomain

extension KioskStore {
    /// Applies the county's acceptance or refusal to the pending cancellation application recorded under
    /// `receiptNumber`, in one transaction: the application's status, the day and note; the account (terminated on
    /// the application's ground when accepted, as before when refused); and an audit entry by the county.
    /// The upstream sync calls it when the county's decision arrives. An application that is not pending (unknown,
    /// or already decided) is refused with `noPendingApplication` and nothing is written.
    @discardableResult
    public func applyCountyRuling(_ ruling: CountyCancellationRuling, toApplication receiptNumber: String,
                                  at instant: Date) throws(StoreError) -> InsuranceAccount {
        do {
            return try database.write { db in
                guard let account = try applyCountyRuling(ruling, toApplication: receiptNumber, db) else {
                    throw StoreError.noPendingApplication(receipt: receiptNumber)
                }
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: "county", personId: account.personID.value,
                                      action: "cancellationRuling", receiptNumber: receiptNumber,
                                      detail: JSONText.encode(["status": ruling.status.rawValue,
                                                               "decidedOn": ruling.decidedOn.iso, "note": ruling.note]))
                return account
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// The ruling applied inside a transaction: the application and the account; nil when no application under
    /// `receiptNumber` is pending. A refused application on death made without an accepted death report takes the
    /// day of death back off the person, so the refusal restores everything the application changed.
    func applyCountyRuling(_ ruling: CountyCancellationRuling, toApplication receiptNumber: String,
                           _ db: Database) throws -> InsuranceAccount? {
        guard var row = try CancellationRecord
            .filter(Column("receipt_number") == receiptNumber
                && Column("application_status") == CancellationApplicationStatus.pending.rawValue)
            .fetchOne(db) else { return nil }
        guard let ground = CancellationReason(rawValue: row.reason),
              let accountRow = try AccountRecord.fetchOne(db, key: row.personId) else {
            throw StoreError.corruptRow(table: CancellationRecord.databaseTableName, key: row.personId)
        }
        row.applicationStatus = ruling.status.rawValue
        row.countyDecidedOn = ruling.decidedOn.iso
        row.countyNote = ruling.note
        try row.update(db)
        let account = ruling.apply(to: try accountRow.account(), ground: ground)
        try AccountRecord(account).update(db)
        if !ruling.accepted, ground == .death {
            let acceptedDeath = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM death_reports WHERE person_id = ? AND county_status = 'accepted'
                """, arguments: [row.personId]) ?? 0
            if acceptedDeath == 0, var person = try PersonRecord.fetchOne(db, key: row.personId)?.person() {
                person.diedOn = nil
                try PersonRecord(person).update(db)
            }
        }
        return account
    }

    /// The cancellation applications still waiting for the county, oldest first, with their receipt numbers.
    public func pendingCancellationApplications() throws -> [(receiptNumber: String, personID: IDNumber,
                                                               ground: CancellationReason, appliedOn: CivilDate)] {
        try database.read { db in
            try CancellationRecord
                .filter(Column("application_status") == CancellationApplicationStatus.pending.rawValue)
                .order(Column("id")).fetchAll(db)
                .map { row in
                    guard let number = row.receiptNumber, let id = try? IDNumber(row.personId),
                          let ground = CancellationReason(rawValue: row.reason),
                          let applied = CivilDate(iso: row.reportedOn) else {
                        throw StoreError.corruptRow(table: CancellationRecord.databaseTableName, key: row.personId)
                    }
                    return (number, id, ground, applied)
                }
        }
    }
}
