import Foundation
import KioskDomain

/// The county's list of resident ID cards registered by UID (`id_number,card_uid,status`, status `registered` or
/// `revoked`), read row by row with line numbers; the county hub checks a list with it before publishing and the
/// kiosk reads it the same way before applying.
public struct CountyIDCardList: Sendable {
    /// One row: a card's UID registered to a person, or a registration revoked.
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var person: IDNumber
        /// Upper-case hex.
        public var uid: String
        public var registered: Bool
    }

    /// The columns a list must have.
    public static let columns = ["id_number", "card_uid", "status"]

    public let rows: [Row]
    public let problems: [CSVRowProblem]

    /// Reads and checks `csv`: a valid ID number, a UID of 4, 7 or 10 bytes in hex (the single, double and triple
    /// UID sizes of ISO/IEC 14443-3), a known status, no UID registered to two people and no person listed twice.
    public init(csv: String) throws(CSVImportError) {
        let table = try CSVImportTable(text: csv, required: Self.columns)
        var problems = table.problems
        var rows: [Row] = []
        var uids: [String: Int] = [:], people: [String: Int] = [:]
        for (line, f) in table.rows {
            func bad(_ reason: String) { problems.append(CSVRowProblem(line: line, reason: reason)) }
            guard let person = try? IDNumber(f["id_number"] ?? "") else { bad("id_number is not a valid ID number"); continue }
            let uid = (f["card_uid"] ?? "").uppercased()
            guard [8, 14, 20].contains(uid.count), uid.allSatisfy(\.isHexDigit) else {
                bad("card_uid must be 8, 14 or 20 hex digits (a 4, 7 or 10 byte UID)"); continue
            }
            let status = (f["status"] ?? "").lowercased()
            guard status == "registered" || status == "revoked" else { bad("status must be registered or revoked"); continue }
            if let earlier = people[person.value] { bad("id_number is already listed on line \(earlier)"); continue }
            if status == "registered", let earlier = uids[uid] { bad("card_uid is already registered on line \(earlier)"); continue }
            people[person.value] = line
            if status == "registered" { uids[uid] = line }
            rows.append(Row(line: line, person: person, uid: uid, registered: status == "registered"))
        }
        self.rows = rows
        self.problems = problems.sorted { $0.line < $1.line }
    }
}
