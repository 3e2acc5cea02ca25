import Foundation
import GRDB

extension KioskStore {
    /// Applies one county decision in one transaction: records it, writes an audit entry, and runs the act's own
    /// consequences (`applyCountyDecisionEffects`). A decision already applied is skipped; returns whether it was new.
    @discardableResult
    public func applyCountyDecision(_ decision: CountyDecision, at instant: Date) throws(StoreError) -> Bool {
        do {
            return try database.write { db in
                let known = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM county_decisions WHERE sequence = ? OR entry_uuid = ?",
                                             arguments: [decision.sequence, decision.entryUUID.uppercased()]) ?? 0
                if known > 0 {
                    try advanceDecisionSequence(to: decision.sequence, db)
                    return false
                }
                let at = Timestamp.text(instant)
                try db.execute(sql: """
                    INSERT INTO county_decisions (sequence, entry_uuid, act, verdict, reason, decided_by, decided_at, applied_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [decision.sequence, decision.entryUUID.uppercased(), decision.act,
                                     decision.accepted ? "accepted" : "refused", decision.reason, decision.decidedBy,
                                     decision.decidedAt, at])
                let receipt = try String.fetchOne(db, sql: "SELECT idempotency_key FROM outbox WHERE entry_uuid = ?",
                                                  arguments: [decision.entryUUID.uppercased()])
                var detail = ["act": decision.act, "verdict": decision.accepted ? "accepted" : "refused",
                              "decidedBy": decision.decidedBy, "entry": decision.entryUUID.uppercased()]
                if let reason = decision.reason { detail["reason"] = reason }
                try AuditChain.append(db, recordedAt: at, actor: "county:\(decision.decidedBy)", personId: nil,
                                      action: "countyDecision", receiptNumber: receipt, detail: JSONText.encode(detail))
                try applyCountyDecisionEffects(decision, receiptNumber: receipt, at: instant, db)
                try advanceDecisionSequence(to: decision.sequence, db)
                return true
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// The county's decision on the act with this receipt number, if one arrived.
    public func countyDecision(forReceipt number: String) throws -> AppliedCountyDecision? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.*, o.idempotency_key FROM county_decisions d JOIN outbox o ON o.entry_uuid = d.entry_uuid
                WHERE o.idempotency_key = ? ORDER BY d.sequence DESC LIMIT 1
                """, arguments: [number]) else { return nil }
            return Self.appliedDecision(row)
        }
    }

    /// Every decision applied here, newest first.
    public func countyDecisions() throws -> [AppliedCountyDecision] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.*, o.idempotency_key FROM county_decisions d LEFT JOIN outbox o ON o.entry_uuid = d.entry_uuid
                ORDER BY d.sequence DESC
                """).map(Self.appliedDecision)
        }
    }

    private static func appliedDecision(_ row: Row) -> AppliedCountyDecision {
        AppliedCountyDecision(
            decision: CountyDecision(sequence: row["sequence"], entryUUID: row["entry_uuid"], act: row["act"],
                                     accepted: (row["verdict"] as String) == "accepted", reason: row["reason"],
                                     decidedBy: row["decided_by"], decidedAt: row["decided_at"]),
            receiptNumber: row["idempotency_key"], appliedAt: row["applied_at"])
    }

    private func advanceDecisionSequence(to sequence: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE sync_state SET last_decision_sequence = MAX(last_decision_sequence, ?) WHERE id = 1",
                       arguments: [sequence])
    }
}
