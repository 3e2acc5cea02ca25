import Crypto
import Foundation
import GRDB
import TextCodecs

/// Where the audit chain breaks.
public struct AuditBreak: Hashable, Sendable {
    /// The sequence number of the first entry that does not verify.
    public var sequence: Int64
    public var problem: AuditProblem
}

/// What is wrong with an audit entry.
public enum AuditProblem: String, Hashable, Sendable {
    /// Its content no longer matches its hash: the row was changed.
    case contentChanged
    /// It does not point to the entry before: an entry was removed or inserted.
    case linkBroken
    /// Sequence numbers jump: an entry was removed.
    case sequenceGap

    /// The message key of the problem's text.
    public var messageKey: String { "audit.problem.\(rawValue)" }
}

/// The result of walking the chain.
public struct AuditVerification: Hashable, Sendable {
    public var entriesChecked: Int
    /// Nil when every entry verifies.
    public var firstBreak: AuditBreak?

    /// Whether the whole chain verifies.
    public var isIntact: Bool { firstBreak == nil }
}

/// The SHA-256 hash chain over `audit_entries`: each hash covers the previous hash and the entry's fields.
public enum AuditChain {
    /// The `previous_hash` of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The hash of an entry's fields chained to the previous hash (hex, lower case).
    public static func hash(sequence: Int64, recordedAt: String, actor: String, personId: String?, action: String,
                            receiptNumber: String?, detail: String, previousHash: String) -> String {
        let fields = [previousHash, String(sequence), recordedAt, actor, personId ?? "", action,
                      receiptNumber ?? "", detail]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return Hex.string(digest, case: .lower)
    }

    /// Appends an entry after the last one, inside the caller's transaction.
    @discardableResult
    static func append(_ db: Database, recordedAt: String, actor: String, personId: String?, action: String,
                       receiptNumber: String?, detail: String) throws -> AuditEntry {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1"))
        let sequence: Int64 = (last?["sequence"] ?? 0) + 1
        let previous: String = last?["hash"] ?? genesis
        let entry = AuditEntry(
            sequence: sequence, recordedAt: recordedAt, actor: actor, personId: personId, action: action,
            receiptNumber: receiptNumber, detail: detail, previousHash: previous,
            hash: hash(sequence: sequence, recordedAt: recordedAt, actor: actor, personId: personId, action: action,
                       receiptNumber: receiptNumber, detail: detail, previousHash: previous))
        try entry.insert(db)
        return entry
    }

    /// Walks every entry in order and reports the first that does not verify.
    public static func verify(_ db: Database) throws -> AuditVerification {
        var expectedPrevious = genesis
        var expectedSequence: Int64 = 1
        var checked = 0
        let cursor = try AuditEntry.order(Column("sequence")).fetchCursor(db)
        while let entry = try cursor.next() {
            checked += 1
            if entry.sequence != expectedSequence {
                return AuditVerification(entriesChecked: checked,
                                         firstBreak: AuditBreak(sequence: entry.sequence, problem: .sequenceGap))
            }
            let recomputed = hash(sequence: entry.sequence, recordedAt: entry.recordedAt, actor: entry.actor,
                                  personId: entry.personId, action: entry.action, receiptNumber: entry.receiptNumber,
                                  detail: entry.detail, previousHash: entry.previousHash)
            if recomputed != entry.hash {
                return AuditVerification(entriesChecked: checked,
                                         firstBreak: AuditBreak(sequence: entry.sequence, problem: .contentChanged))
            }
            if entry.previousHash != expectedPrevious {
                return AuditVerification(entriesChecked: checked,
                                         firstBreak: AuditBreak(sequence: entry.sequence, problem: .linkBroken))
            }
            expectedPrevious = entry.hash
            expectedSequence += 1
        }
        return AuditVerification(entriesChecked: checked, firstBreak: nil)
    }
}
