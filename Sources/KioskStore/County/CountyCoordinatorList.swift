import Foundation
import KioskDomain

/// The county's coordinator accounts as it publishes them: one row a coordinator, active or disabled, with the PIN's
/// PBKDF2-SHA256 hash (never the PIN) and, when the county technician reset a lockout, the reset's identifier.
/// The hub checks a list with it before publishing and the kiosk reads it the same way before applying.
public struct CountyCoordinatorList: Sendable {
    /// One coordinator's row.
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var coordinator: Coordinator
        /// False for an account the county disabled: the kiosk removes it.
        public var active: Bool
        public var pin: PINHash
        /// The county's identifier of a lockout reset (applied once at each kiosk), nil when none.
        public var resetID: String?
    }

    /// The columns a list must have; `reset_id` may be empty.
    public static let columns = ["coordinator_id", "name", "id_number", "card_number", "village_code", "role", "status",
                                 "pin_hash", "pin_salt", "pin_iterations", "reset_id"]
    /// The fewest PBKDF2 iterations a published hash may have (assumed: a ninth of the kiosk's own 900,000).
    public static let minimumIterations = 100_000

    public let rows: [Row]
    public let problems: [CSVRowProblem]

    /// Reads and checks `csv`: every field present and well formed, no coordinator, ID number or card listed twice.
    public init(csv: String) throws(CSVImportError) {
        let table = try CSVImportTable(text: csv, required: Self.columns)
        var problems = table.problems
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for (line, f) in table.rows {
            func bad(_ reason: String) { problems.append(CSVRowProblem(line: line, reason: reason)) }
            let value = { (key: String) in f[key] ?? "" }
            guard !value("coordinator_id").isEmpty, !value("name").isEmpty, !value("card_number").isEmpty else {
                bad("coordinator_id, name and card_number must not be empty"); continue
            }
            guard let idNumber = try? IDNumber(value("id_number")) else { bad("id_number is not a valid ID number"); continue }
            guard value("village_code").count == 12, value("village_code").allSatisfy({ $0.isASCII && $0.isNumber }) else {
                bad("village_code must be 12 digits"); continue
            }
            guard let role = CoordinatorRole(rawValue: value("role")) else {
                bad("role must be \(CoordinatorRole.allCases.map(\.rawValue).joined(separator: " or "))"); continue
            }
            let status = value("status").lowercased()
            guard status == "active" || status == "disabled" else { bad("status must be active or disabled"); continue }
            let hash = value("pin_hash").lowercased(), salt = value("pin_salt").lowercased()
            guard hash.count == 64, hash.allSatisfy(\.isHexDigit), salt.count == 32, salt.allSatisfy(\.isHexDigit) else {
                bad("pin_hash must be 64 and pin_salt 32 hex digits (PBKDF2-SHA256)"); continue
            }
            guard let iterations = Int(value("pin_iterations")), (Self.minimumIterations...10_000_000).contains(iterations) else {
                bad("pin_iterations must be a whole number from \(Self.minimumIterations) to 10000000"); continue
            }
            let reset = value("reset_id")
            guard reset.count <= 40, reset.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                bad("reset_id must be at most 40 letters, digits or -"); continue
            }
            let keys = ["coordinator \(value("coordinator_id"))", "id_number \(idNumber.value)", "card \(value("card_number"))"]
            if let clash = keys.first(where: { seen[$0] != nil }) {
                bad("\(clash) is already listed on line \(seen[clash]!)"); continue
            }
            for key in keys { seen[key] = line }
            let coordinator = Coordinator(id: value("coordinator_id"), name: value("name"), idNumber: idNumber,
                                          cardNumber: value("card_number"), villageCode: value("village_code"), role: role)
            rows.append(Row(line: line, coordinator: coordinator, active: status == "active",
                            pin: PINHash(hash: hash, salt: salt, iterations: iterations),
                            resetID: reset.isEmpty ? nil : reset))
        }
        self.rows = rows
        self.problems = problems.sorted { $0.line < $1.line }
    }
}
