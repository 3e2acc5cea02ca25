import Foundation
import GRDB
import KioskDomain

/// The county's policy tables at the kiosk: the latest published set replaces the one held, and the policy book the
/// kiosk decides with is the shipped tables plus these (`policyBook(shipped:)`).
extension KioskStore {
    /// Replaces the county's tables with the set `json` holds (checked by the shipped files' loader first: a set with
    /// any bad table changes nothing), with an audit entry; applying the same set again changes nothing. Returns the
    /// number of tables held.
    public func applyCountyPolicyTables(json: String, version: Int64, at instant: Date) throws -> Int {
        let tables = try PolicyTableSet.tables(from: json)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let rows = try tables.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try database.write { db in
            let held = try String.fetchAll(db, sql: "SELECT content FROM county_policy_tables ORDER BY position")
            guard held != rows else { return }
            try db.execute(sql: "DELETE FROM county_policy_tables")
            for (position, (table, content)) in zip(tables, rows).enumerated() {
                try db.execute(sql: """
                    INSERT INTO county_policy_tables (position, version, region, effective_from, content)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [position, version, table.region, table.effectiveFrom.iso, content])
            }
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: "county", personId: nil,
                                  action: "countyPolicyTablesApplied", receiptNumber: nil,
                                  detail: JSONText.encode(["version": String(version),
                                                           "tables": tables.map(\.name).joined(separator: ",")]))
        }
        return tables.count
    }

    /// The county's tables held here, in the order published; a row the loader no longer accepts is left out.
    public func countyPolicyTables() throws -> [PolicyTable] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT content FROM county_policy_tables ORDER BY position")
        }.compactMap { try? PolicyBook.table(from: Data($0.utf8), file: "county") }
    }

    /// The book the kiosk decides with: the shipped tables with the county's (a county table for the same region and
    /// first day replaces the shipped one). Should the county's tables not be readable, the shipped book.
    public func policyBook(shipped: PolicyBook) -> PolicyBook {
        shipped.including((try? countyPolicyTables()) ?? [])
    }
}
