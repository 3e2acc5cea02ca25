import Foundation
import GRDB
import KioskDomain

/// Importing a village roster (花名册) from CSV into this kiosk's village.
extension KioskStore {
    /// The roster columns: `id_number,name` required; `phone,address,nation_code,needs_home_visit,
    /// full_time_student,employee_scheme` optional (flags are `1` or `0`).
    public static let rosterColumns = ["id_number", "name", "phone", "address", "nation_code", "needs_home_visit",
                                       "full_time_student", "employee_scheme"]

    /// Registers new people (account: not enrolled) and updates known ones' name, contact and flags; keeps their
    /// accounts, card and day of death. A malformed row is reported with its line number and the rest imported.
    public func importRoster(csv text: String, actor: Actor, at instant: Date) throws(CSVImportError) -> ImportReport {
        let table = try CSVImportTable(text: text, required: ["id_number", "name"])
        var problems = table.problems
        var valid: [(person: Person, needsHomeVisit: Bool?)] = []
        var seen = Set<String>()
        for (line, f) in table.rows {
            func flag(_ column: String) -> Bool?? {
                switch f[column] ?? "" {
                case "": .some(nil)
                case "1": .some(true)
                case "0": .some(false)
                default: nil
                }
            }
            guard let id = try? IDNumber(f["id_number"] ?? "") else {
                problems.append(CSVRowProblem(line: line, reason: "id_number is not a valid ID number")); continue
            }
            guard seen.insert(id.value).inserted else {
                problems.append(CSVRowProblem(line: line, reason: "id_number appears twice")); continue
            }
            guard let name = f["name"], !name.isEmpty else {
                problems.append(CSVRowProblem(line: line, reason: "name is empty")); continue
            }
            let phoneText = f["phone"] ?? ""
            let phone = phoneText.isEmpty ? nil : try? PhoneNumber(phoneText)
            if !phoneText.isEmpty && phone == nil {
                problems.append(CSVRowProblem(line: line, reason: "phone is not a mobile number")); continue
            }
            let nation = f["nation_code"] ?? ""
            if !nation.isEmpty && !(nation.count == 2 && nation.allSatisfy { $0.isASCII && $0.isNumber }) {
                problems.append(CSVRowProblem(line: line, reason: "nation_code is not a two-digit code")); continue
            }
            guard let home = flag("needs_home_visit"), let student = flag("full_time_student"),
                  let employee = flag("employee_scheme") else {
                problems.append(CSVRowProblem(line: line, reason: "a flag column is not 1 or 0")); continue
            }
            let person = Person(id: id, name: name, nationCode: nation.isEmpty ? "01" : nation, villageCode: villageCode,
                                phone: phone, address: f["address"] ?? "", isFullTimeStudent: student ?? false,
                                inEmployeeScheme: employee ?? false)
            valid.append((person, home))
        }
        problems.sort { $0.line < $1.line }
        do {
            try database.write { db in
                var added = 0
                for (incoming, home) in valid {
                    if var known = try PersonRecord.fetchOne(db, key: incoming.id.value)?.person() {
                        known.name = incoming.name
                        known.phone = incoming.phone ?? known.phone
                        if !incoming.address.isEmpty { known.address = incoming.address }
                        known.nationCode = incoming.nationCode
                        known.isFullTimeStudent = incoming.isFullTimeStudent
                        known.inEmployeeScheme = incoming.inEmployeeScheme
                        try PersonRecord(known).update(db)
                    } else {
                        try PersonRecord(incoming).insert(db)
                        try AccountRecord(.notEnrolled(incoming.id)).insert(db)
                        added += 1
                    }
                    if let home {
                        try db.execute(sql: "UPDATE people SET needs_home_visit = ? WHERE id_number = ?",
                                       arguments: [home, incoming.id.value])
                    }
                }
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                      action: "rosterImported", receiptNumber: nil,
                                      detail: JSONText.encode(["rows": String(valid.count), "added": String(added),
                                                               "refused": String(problems.count)]))
            }
        } catch {
            throw .empty
        }
        return ImportReport(imported: valid.count, problems: problems)
    }
}
