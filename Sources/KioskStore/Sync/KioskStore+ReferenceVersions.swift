import Foundation
import GRDB

/// A version of a county reference set this kiosk applied.
public struct HeldReference: Hashable, Sendable {
    /// The set's kind, as the hub names it (`upperOfficeJobs`, `taxNonPayers`).
    public var kind: String
    public var version: Int64
    /// SHA-256 of the set's content, as the hub published it.
    public var digest: String
    /// When the county published it (ISO 8601).
    public var publishedAt: String
    /// How many of its rows this kiosk took (a county-wide list keeps only this village's people).
    public var rowsApplied: Int

    /// A held version from its parts.
    public init(kind: String, version: Int64, digest: String, publishedAt: String, rowsApplied: Int) {
        self.kind = kind
        self.version = version
        self.digest = digest
        self.publishedAt = publishedAt
        self.rowsApplied = rowsApplied
    }
}

extension KioskStore {
    /// The version of each reference set applied here (a kind never applied is absent).
    public func referenceVersions() throws -> [HeldReference] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reference_versions ORDER BY kind").map { row in
                HeldReference(kind: row["kind"], version: row["version"], digest: row["digest"],
                              publishedAt: row["published_at"], rowsApplied: row["rows_applied"])
            }
        }
    }

    /// Records the reference sets one sync applied, in one transaction, with an audit entry each. A version not newer
    /// than the one held is left as it is (a repeat after a crash between applying and recording).
    public func recordReferenceVersions(_ applied: [HeldReference], at instant: Date) throws(StoreError) {
        guard !applied.isEmpty else { return }
        let at = Timestamp.text(instant)
        do {
            try database.write { db in
                for set in applied {
                    try db.execute(sql: """
                        INSERT INTO reference_versions (kind, version, digest, published_at, applied_at, rows_applied)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (kind) DO UPDATE SET version = excluded.version, digest = excluded.digest,
                            published_at = excluded.published_at, applied_at = excluded.applied_at,
                            rows_applied = excluded.rows_applied
                        WHERE excluded.version > reference_versions.version
                        """, arguments: [set.kind, set.version, set.digest, set.publishedAt, at, set.rowsApplied])
                    guard db.changesCount > 0 else { continue }
                    try AuditChain.append(db, recordedAt: at, actor: "county", personId: nil, action: "referenceApplied",
                                          receiptNumber: nil,
                                          detail: JSONText.encode(["kind": set.kind, "version": String(set.version),
                                                                   "digest": set.digest, "rows": String(set.rowsApplied)]))
                }
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }
}
