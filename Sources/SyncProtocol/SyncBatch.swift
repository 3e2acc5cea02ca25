import Foundation

/// A batch of outbox entries one kiosk sends in one request, with its audit-chain head.
public struct SyncBatch: Hashable, Sendable, Codable {
    /// The wire format's version; the hub refuses others.
    public static let currentVersion = 1
    /// The most entries one batch may carry.
    public static let maximumEntries = 500

    public var version: Int
    /// The sending kiosk; must match the signed request's kiosk.
    public var kioskID: String
    /// The head of the kiosk's audit chain when the batch was made.
    public var auditHead: AuditHead
    /// The kiosk's own hash at the sequence of the last head the hub acknowledged (nil before the first).
    public var anchorProof: AuditHead?
    public var entries: [SyncEntry]

    /// A batch in the current version.
    public init(kioskID: String, auditHead: AuditHead, anchorProof: AuditHead?, entries: [SyncEntry]) {
        self.version = Self.currentVersion
        self.kioskID = kioskID
        self.auditHead = auditHead
        self.anchorProof = anchorProof
        self.entries = entries
    }

    /// Decodes and checks a request body: a batch that does not decode or breaks a rule is refused whole.
    public static func decode(_ body: Data, signedBy kioskID: String) throws(BatchProblem) -> SyncBatch {
        let batch: SyncBatch
        do {
            batch = try SyncJSON.decoder().decode(SyncBatch.self, from: body)
        } catch {
            throw .undecodable(String(describing: error).prefix(200).description)
        }
        try batch.validate(signedBy: kioskID)
        return batch
    }

    /// Checks every rule of the format; the first broken one is thrown.
    public func validate(signedBy signer: String) throws(BatchProblem) {
        guard version == Self.currentVersion else { throw .unsupportedVersion(version) }
        guard kioskID == signer else { throw .kioskMismatch(batch: kioskID, signer: signer) }
        guard !entries.isEmpty else { throw .empty }
        guard entries.count <= Self.maximumEntries else { throw .tooManyEntries(entries.count) }
        guard auditHead.isWellFormed else { throw .badAuditHead }
        if let proof = anchorProof {
            guard proof.isWellFormed, proof.sequence <= auditHead.sequence else { throw .badAuditHead }
        }
        var seen = Set<UUID>()
        for (index, entry) in entries.enumerated() {
            guard seen.insert(entry.id).inserted else { throw .duplicateEntry(index: index) }
            guard Self.isKind(entry.kind) else { throw .badEntry(index: index, field: "kind") }
            guard (1...64).contains(entry.receiptNumber.utf8.count) else {
                throw .badEntry(index: index, field: "receiptNumber")
            }
            guard (1...40).contains(entry.createdAt.utf8.count) else { throw .badEntry(index: index, field: "createdAt") }
            guard Self.isJSONObject(entry.payload) else { throw .badEntry(index: index, field: "payload") }
            if let code = entry.receiptCode, !SyncEntry.isReceiptCode(code) {
                throw .badEntry(index: index, field: "receiptCode")
            }
        }
    }

    private static func isKind(_ kind: String) -> Bool {
        (1...64).contains(kind.utf8.count)
            && kind.unicodeScalars.allSatisfy { $0.isASCII && CharacterSet.letters.contains($0) }
    }

    private static func isJSONObject(_ text: String) -> Bool {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data) else { return false }
        return value is [String: Any]
    }
}
