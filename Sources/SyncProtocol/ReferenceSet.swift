import Crypto
import Foundation

/// A kind of reference data the county hub publishes down to every kiosk, each kind versioned on its own.
public enum ReferenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Job postings from upper offices (the CSV of `kiosk import jobs`).
    case upperOfficeJobs
    /// The tax office's list of people who have not paid (the CSV of the contribution reminders).
    case taxNonPayers
    /// The county's policy tables (a JSON array of tables as `Assets/policy/` holds them), used beside the shipped ones.
    case policyTables
    /// Resident ID cards registered by UID, or revoked (`id_number,card_uid,status`).
    case idCardRegistrations
    /// Coordinator accounts, active or disabled, with the lockout resets the county technician issued.
    case coordinatorAccounts
}

/// One published version of a reference set: its content (as published) and the SHA-256 of that content.
public struct ReferenceSet: Hashable, Sendable, Codable {
    public var kind: ReferenceKind
    /// 1 for the first publication of the kind, one more for each next one.
    public var version: Int64
    /// When the county published it (ISO 8601, UTC).
    public var publishedAt: String
    /// SHA-256 of `content`'s UTF-8 bytes, lower-case hex: the kiosk refuses a set whose content does not match.
    public var digest: String
    public var content: String

    /// A set from its parts.
    public init(kind: ReferenceKind, version: Int64, publishedAt: String, digest: String, content: String) {
        self.kind = kind
        self.version = version
        self.publishedAt = publishedAt
        self.digest = digest
        self.content = content
    }

    /// The digest a content must carry.
    public static func digest(of content: String) -> String {
        SyncHex.encode(SHA256.hash(data: Data(content.utf8)))
    }

    /// Whether the content is the one the digest names.
    public var isIntact: Bool { Self.digest(of: content) == digest }
}

/// The reference sets newer than those a kiosk holds, as the hub answers `GET /v1/reference`.
public struct ReferenceUpdate: Hashable, Sendable, Codable {
    /// The latest version of each kind the kiosk does not hold yet.
    public var sets: [ReferenceSet]

    /// An update of these sets.
    public init(sets: [ReferenceSet]) {
        self.sets = sets
    }
}

/// The versions a kiosk holds, as the query of `GET /v1/reference?have=KIND:VERSION,...`.
public enum ReferenceHoldings {
    /// The query value for `versions` (kinds in a fixed order, so the same holdings sign the same path).
    public static func query(_ versions: [ReferenceKind: Int64]) -> String {
        ReferenceKind.allCases.map { "\($0.rawValue):\(versions[$0] ?? 0)" }.joined(separator: ",")
    }

    /// The versions a query value names; an unknown kind or a malformed part counts as nothing held.
    public static func parse(_ text: String?) -> [ReferenceKind: Int64] {
        var versions = [ReferenceKind: Int64]()
        for part in (text ?? "").split(separator: ",") {
            let pieces = part.split(separator: ":")
            guard pieces.count == 2, let kind = ReferenceKind(rawValue: String(pieces[0])),
                  let version = Int64(pieces[1]), version >= 0 else { continue }
            versions[kind] = version
        }
        return versions
    }
}
