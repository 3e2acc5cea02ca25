import Foundation
import SyncProtocol

/// Batches, heads and instants for hub tests.
enum HubFixtures {
    static let instant = Date(timeIntervalSince1970: 1_795_000_000)

    static func head(_ sequence: Int64, _ seed: String = "a") -> AuditHead {
        let digit = Character(seed)
        return AuditHead(sequence: sequence, hash: String(repeating: String(digit), count: 64))
    }

    static func entry(_ kind: String = "enrolment", id: UUID = UUID()) -> SyncEntry {
        SyncEntry(id: id, kind: kind, receiptNumber: "450124100210-20261201-0001", createdAt: "2026-12-01T04:00:00.000Z",
                  payload: #"{"receipt":{"number":"450124100210-20261201-0001"}}"#)
    }

    static func batch(_ kiosk: String, _ entries: [SyncEntry], head: AuditHead = head(1),
                      proof: AuditHead? = nil) -> SyncBatch {
        SyncBatch(kioskID: kiosk, auditHead: head, anchorProof: proof, entries: entries)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("hub-test-\(UUID().uuidString).sqlite").path
    }
}
