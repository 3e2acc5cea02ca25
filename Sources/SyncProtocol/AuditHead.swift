/// The last entry of a kiosk's audit hash chain: its sequence number and hash.
///
/// Every batch carries the kiosk's head; the hub keeps the heads it saw, so a history rewritten or cut
/// on the kiosk (even if re-hashed there) no longer reaches a head the hub already holds.
public struct AuditHead: Hashable, Sendable, Codable {
    /// The sequence number of the entry (0 for an empty chain).
    public var sequence: Int64
    /// Its SHA-256 hash, 64 lower-case hex digits.
    public var hash: String

    /// A head from its two parts.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Whether the head is well formed: a non-negative sequence and a 64-digit lower-case hex hash.
    public var isWellFormed: Bool {
        sequence >= 0 && hash.utf8.count == 64
            && hash.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
