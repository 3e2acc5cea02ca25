/// Why a batch was refused whole; nothing of a refused batch is stored.
public enum BatchProblem: Error, Hashable, Sendable {
    /// The body is not a batch (truncated, corrupted, not JSON).
    case undecodable(String)
    case unsupportedVersion(Int)
    /// The batch names another kiosk than the one that signed the request.
    case kioskMismatch(batch: String, signer: String)
    case empty
    case tooManyEntries(Int)
    /// The same entry twice in one batch.
    case duplicateEntry(index: Int)
    /// An entry's field breaks the format.
    case badEntry(index: Int, field: String)
    case badAuditHead

    /// The reason in plain words, for the kiosk's technician and the hub's log.
    public var reason: String {
        switch self {
        case .undecodable(let detail): "the batch could not be read (truncated or corrupted): \(detail)"
        case .unsupportedVersion(let version): "batch format version \(version) is not supported"
        case .kioskMismatch(let batch, let signer): "the batch names kiosk \(batch) but was signed by \(signer)"
        case .empty: "the batch holds no entries"
        case .tooManyEntries(let count): "the batch holds \(count) entries, more than \(SyncBatch.maximumEntries)"
        case .duplicateEntry(let index): "entry \(index) repeats an earlier entry of the same batch"
        case .badEntry(let index, let field): "entry \(index) has an invalid \(field)"
        case .badAuditHead: "the audit-chain head is malformed"
        }
    }
}
