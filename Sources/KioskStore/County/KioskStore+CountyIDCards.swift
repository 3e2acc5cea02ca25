import Foundation
import GRDB
import KioskDomain

/// The county's ID card list applied at the kiosk: only the rows of people this kiosk holds, each change audited.
extension KioskStore {
    /// Applies the list: a registered card is given to its person (unless another person here holds that UID: the row
    /// is reported and skipped, nobody loses a card), a revoked one is taken from its person when they still hold it.
    /// Rows already in force change nothing, so applying a list twice is harmless. `imported` counts the changes.
    public func applyCountyIDCards(csv: String, at instant: Date) throws -> ImportReport {
        let list = try CountyIDCardList(csv: csv)
        var problems = list.problems
        var changed = 0
        let at = Timestamp.text(instant)
        try database.write { db in
            for row in list.rows {
                guard let held = try Row.fetchOne(db, sql: "SELECT card_uid FROM people WHERE id_number = ?",
                                                  arguments: [row.person.value]) else { continue }
                let current: String? = held["card_uid"]
                if row.registered {
                    guard current != row.uid else { continue }
                    if let other = try String.fetchOne(db, sql: "SELECT id_number FROM people WHERE card_uid = ?",
                                                       arguments: [row.uid]), other != row.person.value {
                        problems.append(CSVRowProblem(line: row.line, reason: "card_uid is held by another villager here"))
                        continue
                    }
                    try db.execute(sql: "UPDATE people SET card_uid = ? WHERE id_number = ?",
                                   arguments: [row.uid, row.person.value])
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: row.person.value,
                                          action: "idCardRegistered", receiptNumber: nil,
                                          detail: JSONText.encode(["uid": row.uid, "replaced": current ?? ""]))
                } else {
                    guard current == row.uid else { continue }
                    try db.execute(sql: "UPDATE people SET card_uid = NULL WHERE id_number = ?", arguments: [row.person.value])
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: row.person.value,
                                          action: "idCardRevoked", receiptNumber: nil,
                                          detail: JSONText.encode(["uid": row.uid]))
                }
                changed += 1
            }
        }
        return ImportReport(imported: changed, problems: problems.sorted { $0.line < $1.line })
    }
}
