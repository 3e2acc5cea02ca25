import Foundation
import GRDB
import KioskDomain

/// The county's coordinator accounts applied at the kiosk: the rows of this village's coordinators and of county
/// technicians (who may use any kiosk), each change audited as the county's.
extension KioskStore {
    /// Applies the list. An active account not held is added with the county's PIN hash; one held keeps its PIN and
    /// lockout, and takes the row's name, ID number, card, village and role when any changed (a replaced card: the old
    /// one no longer logs in). A disabled account held is removed, and so is one the county moved to another village
    /// (its past stays in the audit chain). A lockout reset not applied here before clears the lockout and sets the PIN
    /// the county gave, once: the same list applied again changes nothing. A row clashing with another coordinator's
    /// card or ID number here is reported and skipped. `imported` counts the changes.
    public func applyCountyCoordinators(csv: String, at instant: Date) throws -> ImportReport {
        let list = try CountyCoordinatorList(csv: csv)
        var problems = list.problems
        var changed = 0
        let at = Timestamp.text(instant)
        try database.write { db in
            for row in list.rows {
                let id = row.coordinator.id
                let servesHere = row.coordinator.role == .countyTechnician || row.coordinator.villageCode == villageCode
                var held = try CoordinatorRecord.fetchOne(db, key: id)
                if !row.active || !servesHere {
                    guard held != nil else { continue }
                    try CoordinatorRecord.deleteOne(db, key: id)
                    var detail = ["coordinator": id]
                    if row.active { detail["movedTo"] = row.coordinator.villageCode }
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: nil, action: "coordinatorDisabled",
                                          receiptNumber: nil, detail: JSONText.encode(detail))
                    changed += 1
                    continue
                }
                let changes = held.map { Self.changedFields($0, row.coordinator) } ?? []
                // Only a new account or a changed one can take a card or ID number another coordinator here holds.
                if held == nil || !changes.isEmpty {
                    let clash = try CoordinatorRecord.filter(Column("id") != id && (Column("id_number") == row.coordinator.idNumber.value
                        || Column("card_number") == row.coordinator.cardNumber)).fetchCount(db)
                    guard clash == 0 else {
                        problems.append(CSVRowProblem(line: row.line, reason: "another coordinator here has this card or ID number"))
                        continue
                    }
                }
                if var account = held, !changes.isEmpty {
                    account.name = row.coordinator.name
                    account.idNumber = row.coordinator.idNumber.value
                    account.cardNumber = row.coordinator.cardNumber
                    account.villageCode = row.coordinator.villageCode
                    account.role = row.coordinator.role.rawValue
                    try account.update(db)
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: nil, action: "coordinatorUpdated",
                                          receiptNumber: nil,
                                          detail: JSONText.encode(["coordinator": id, "changed": changes.joined(separator: ","),
                                                                   "card": account.cardNumber, "role": account.role]))
                    changed += 1
                    held = account
                } else if held == nil {
                    let record = CoordinatorRecord(row.coordinator, pin: row.pin, createdAt: instant)
                    try record.insert(db)
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: nil, action: "coordinatorAdded",
                                          receiptNumber: nil,
                                          detail: JSONText.encode(["coordinator": id, "role": row.coordinator.role.rawValue,
                                                                   "card": row.coordinator.cardNumber]))
                    changed += 1
                    held = record
                }
                guard let reset = row.resetID, var account = held,
                      try Bool.fetchOne(db, sql: "SELECT 1 FROM county_lockout_resets WHERE reset_id = ?",
                                        arguments: [reset]) != true else { continue }
                try db.execute(sql: "INSERT INTO county_lockout_resets (reset_id, coordinator_id, applied_at) VALUES (?, ?, ?)",
                               arguments: [reset, id, at])
                account.pinHash = row.pin.hash
                account.pinSalt = row.pin.salt
                account.pinIterations = row.pin.iterations
                account.lockout = PinLockout()
                try account.update(db)
                try AuditChain.append(db, recordedAt: at, actor: "county", personId: nil, action: "coordinatorLockoutReset",
                                      receiptNumber: nil, detail: JSONText.encode(["coordinator": id, "reset": reset]))
                changed += 1
            }
        }
        return ImportReport(imported: changed, problems: problems.sorted { $0.line < $1.line })
    }

    /// The names of the account's fields the county's row changes (PIN and lockout are never among them).
    private static func changedFields(_ held: CoordinatorRecord, _ row: Coordinator) -> [String] {
        var changed = [String]()
        if held.name != row.name { changed.append("name") }
        if held.idNumber != row.idNumber.value { changed.append("idNumber") }
        if held.cardNumber != row.cardNumber { changed.append("card") }
        if held.villageCode != row.villageCode { changed.append("village") }
        if held.role != row.role.rawValue { changed.append("role") }
        return changed
    }
}
