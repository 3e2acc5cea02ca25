import Foundation
import GRDB
import KioskDomain

/// A non-payer still to be reminded this month, with the last reminder if any.
public struct ReminderDue: Hashable, Sendable {
    public var nonPayer: NonPayer
    public var lastRemindedOn: CivilDate?
}

/// The reminders of a month: who was reminded how, and who on the list was not.
public struct ReminderMonthReport: Hashable, Sendable {
    public var month: CalendarMonth
    /// Reminders given in the month with the person's name, by day.
    public var reminders: [(reminder: ContributionReminder, name: String)]
    /// People on the list, unpaid and alive at the end of the month, not reminded in it.
    public var notReminded: [NonPayer]

    public static func == (lhs: ReminderMonthReport, rhs: ReminderMonthReport) -> Bool {
        lhs.month == rhs.month && lhs.notReminded == rhs.notReminded
            && lhs.reminders.map(\.reminder) == rhs.reminders.map(\.reminder)
            && lhs.reminders.map(\.name) == rhs.reminders.map(\.name)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(month)
        hasher.combine(reminders.map(\.reminder))
        hasher.combine(notReminded)
    }
}

/// Contribution reminders (缴费提醒): the tax office's non-payer list and once-a-month reminders.
extension KioskStore {
    /// Imports the tax office's non-payer list. Columns: `id_number,name,year,amount_due_yuan` and optionally
    /// `phone`. A malformed row is reported with its line number and the rest imported; a row for a person and
    /// year already listed replaces it.
    public func importNonPayers(csv text: String, actor: Actor,
                                at instant: Date) throws(CSVImportError) -> ImportReport {
        let table = try CSVImportTable(text: text, required: ["id_number", "name", "year", "amount_due_yuan"])
        var problems = table.problems
        var valid: [NonPayer] = []
        for (line, f) in table.rows {
            guard let id = try? IDNumber(f["id_number"] ?? "") else {
                problems.append(CSVRowProblem(line: line, reason: "id_number is not a valid ID number")); continue
            }
            guard let name = f["name"], !name.isEmpty else {
                problems.append(CSVRowProblem(line: line, reason: "name is empty")); continue
            }
            guard let yearText = f["year"], yearText.count == 4, let year = Int(yearText), year >= 2009 else {
                problems.append(CSVRowProblem(line: line, reason: "year is not a year such as 2026")); continue
            }
            guard let amount = Money.parseYuan(f["amount_due_yuan"] ?? "") else {
                problems.append(CSVRowProblem(line: line, reason: "amount_due_yuan is not an amount such as 300.00")); continue
            }
            let phoneText = f["phone"] ?? ""
            let phone = phoneText.isEmpty ? nil : try? PhoneNumber(phoneText)
            if !phoneText.isEmpty && phone == nil {
                problems.append(CSVRowProblem(line: line, reason: "phone is not a mobile number")); continue
            }
            valid.append(NonPayer(idNumber: id, name: name, year: year, amountDue: amount, phone: phone))
        }
        problems.sort { $0.line < $1.line }
        let at = Timestamp.text(instant)
        do {
            try database.write { db in
                for n in valid {
                    try db.execute(sql: """
                        INSERT INTO non_payers (id_number, name, year, amount_due_fen, phone, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id_number, year) DO UPDATE SET name = excluded.name,
                            amount_due_fen = excluded.amount_due_fen, phone = excluded.phone,
                            imported_at = excluded.imported_at
                        """, arguments: [n.idNumber.value, n.name, n.year, n.amountDue.fen, n.phone?.value, at])
                }
                try AuditChain.append(db, recordedAt: at, actor: actor.auditText, personId: nil,
                                      action: "nonPayersImported", receiptNumber: nil,
                                      detail: JSONText.encode(["imported": String(valid.count),
                                                               "refused": String(problems.count)]))
            }
        } catch {
            throw .empty
        }
        return ImportReport(imported: valid.count, problems: problems)
    }

    /// Listed non-payers whose contribution for the listed year is still not recorded and who are alive on `day`.
    public func unpaidNonPayers(on day: CivilDate) throws -> [NonPayer] {
        try database.read { db in try unpaidNonPayers(db, on: day) }
    }

    func unpaidNonPayers(_ db: Database, on day: CivilDate) throws -> [NonPayer] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT n.* FROM non_payers n
            LEFT JOIN people p ON p.id_number = n.id_number
            WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.person_id = n.id_number AND c.year = n.year)
              AND (p.died_on IS NULL OR p.died_on > ?)
            ORDER BY n.name, n.id_number, n.year
            """, arguments: [day.iso])
        var seen = Set<String>()
        return rows.compactMap { row in
            let key: String = row["id_number"]
            // One line per person: the earliest unpaid year.
            guard let id = try? IDNumber(key), seen.insert(key).inserted else { return nil }
            return NonPayer(idNumber: id, name: row["name"], year: row["year"], amountDue: Money(fen: row["amount_due_fen"]),
                            phone: (row["phone"] as String?).flatMap { try? PhoneNumber($0) })
        }
    }

    /// Who still needs a reminder in the month of `day`: unpaid, alive, not yet reminded this month.
    public func remindersDue(on day: CivilDate) throws -> [ReminderDue] {
        try database.read { db in
            try unpaidNonPayers(db, on: day).compactMap { nonPayer in
                let last = try String.fetchOne(db, sql: "SELECT MAX(reminded_on) FROM reminders WHERE person_id = ?",
                                               arguments: [nonPayer.idNumber.value]).flatMap { CivilDate(iso: $0) }
                guard ReminderRule.needsReminder(on: day, lastReminded: last) else { return nil }
                return ReminderDue(nonPayer: nonPayer, lastRemindedOn: last)
            }
        }
    }

    /// Records a reminder if the once-a-month rule allows it; the unique (person, month) index backs the rule.
    public func recordReminder(_ reminder: ContributionReminder, actor: Actor,
                               at instant: Date) throws(CoordinatorStoreError) {
        try coordinatorWrite { db in
            let id = reminder.personID.value
            let earlier = try Row.fetchAll(db, sql: "SELECT reminded_on, channel, coordinator_id FROM reminders WHERE person_id = ?",
                                           arguments: [id]).compactMap { row -> ContributionReminder? in
                guard let day = CivilDate(iso: row["reminded_on"]), let channel = ReminderChannel(rawValue: row["channel"]) else {
                    return nil
                }
                return ContributionReminder(personID: reminder.personID, remindedOn: day, channel: channel,
                                            coordinatorID: row["coordinator_id"])
            }
            let listed = try self.unpaidNonPayers(db, on: reminder.remindedOn).contains { $0.idNumber == reminder.personID }
            let died = try String.fetchOne(db, sql: "SELECT died_on FROM people WHERE id_number = ?", arguments: [id])
                .flatMap { CivilDate(iso: $0) }
            if let refusal = ReminderRule.check(on: reminder.remindedOn, earlier: earlier, onNonPayerList: listed,
                                                diedOn: died) {
                throw CoordinatorStoreError.reminderRefused(
                    ReminderRefusalCode(messageKey: refusal.messageKey, parameters: refusal.parameters))
            }
            try db.execute(sql: """
                INSERT INTO reminders (person_id, month, reminded_on, channel, coordinator_id, note) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, reminder.month.iso, reminder.remindedOn.iso, reminder.channel.rawValue,
                                 reminder.coordinatorID, reminder.note])
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: id,
                                  action: "contributionReminder", receiptNumber: nil,
                                  detail: JSONText.encode(["month": reminder.month.iso, "channel": reminder.channel.rawValue,
                                                           "remindedOn": reminder.remindedOn.iso]))
        }
    }

    /// The reminders report of a month.
    public func reminderReport(for month: CalendarMonth) throws -> ReminderMonthReport {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.*, COALESCE((SELECT n.name FROM non_payers n WHERE n.id_number = r.person_id LIMIT 1), '') AS name
                FROM reminders r WHERE r.month = ? ORDER BY r.reminded_on, r.id
                """, arguments: [month.iso])
            let reminders = rows.compactMap { row -> (ContributionReminder, String)? in
                guard let id = try? IDNumber(row["person_id"] as String), let day = CivilDate(iso: row["reminded_on"]),
                      let channel = ReminderChannel(rawValue: row["channel"]) else { return nil }
                return (ContributionReminder(personID: id, remindedOn: day, channel: channel,
                                             coordinatorID: row["coordinator_id"], note: row["note"]), row["name"])
            }
            let remindedIDs = Set(reminders.map(\.0.personID))
            let notReminded = try unpaidNonPayers(db, on: month.lastDay).filter { !remindedIDs.contains($0.idNumber) }
            return ReminderMonthReport(month: month, reminders: reminders.map { (reminder: $0.0, name: $0.1) },
                                       notReminded: notReminded)
        }
    }
}
