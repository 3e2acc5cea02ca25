import Foundation
import Logging
import PostgresNIO
import SyncProtocol

/// Stores one batch inside a PostgreSQL transaction: entries by primary key, the audit head compared and kept.
struct PostgresBatchWriter {
    let connection: PostgresConnection
    let logger: Logger

    func store(_ batch: SyncBatch, at: String) async throws -> BatchReceipt {
        let kiosk = batch.kioskID
        var stored = [UUID]()
        var held = [UUID]()
        for entry in batch.entries {
            let uuid = entry.id.uuidString, act = entry.pendingAct?.rawValue
            let rows = try await connection.query("""
                INSERT INTO entries (kiosk_id, entry_uuid, kind, receipt_number, created_at, payload, received_at, pending_act,
                                     receipt_code)
                VALUES (\(kiosk), \(uuid), \(entry.kind), \(entry.receiptNumber), \(entry.createdAt), \(entry.payload),
                        \(at), \(act), \(entry.receiptCode))
                ON CONFLICT (kiosk_id, entry_uuid) DO NOTHING RETURNING entry_uuid
                """, logger: logger).collect()
            if rows.isEmpty { held.append(entry.id) } else { stored.append(entry.id) }
        }
        // Heads of one kiosk are compared one batch at a time, whichever hub process takes it.
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(kiosk)))", logger: logger)
        var latest: AuditHead?
        let heads = try await connection.query("""
            SELECT sequence, hash FROM audit_heads WHERE kiosk_id = \(kiosk) ORDER BY sequence DESC LIMIT 1
            """, logger: logger)
        for try await (sequence, hash) in heads.decode((Int64, String).self) {
            latest = AuditHead(sequence: sequence, hash: hash)
        }
        var heldAtProof: String?
        if let proof = batch.anchorProof {
            let rows = try await connection.query("""
                SELECT hash FROM audit_heads WHERE kiosk_id = \(kiosk) AND sequence = \(proof.sequence)
                """, logger: logger)
            for try await hash in rows.decode(String.self) { heldAtProof = hash }
        }
        let finding = AuditAnchoring.finding(head: batch.auditHead, proof: batch.anchorProof, latest: latest,
                                             heldAtProof: heldAtProof)
        if let finding {
            try await connection.query("""
                INSERT INTO audit_findings (kiosk_id, found_at, problem) VALUES (\(kiosk), \(at), \(finding))
                """, logger: logger)
        }
        let head = batch.auditHead
        try await connection.query("""
            INSERT INTO audit_heads (kiosk_id, sequence, hash, received_at) VALUES (\(kiosk), \(head.sequence), \(head.hash), \(at))
            ON CONFLICT (kiosk_id, sequence) DO NOTHING
            """, logger: logger)
        try await connection.query("UPDATE kiosks SET last_sync_at = \(at) WHERE id = \(kiosk)", logger: logger)
        return BatchReceipt(stored: stored, alreadyHeld: held, anchor: head, auditFinding: finding)
    }
}
