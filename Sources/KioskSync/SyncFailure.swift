import KioskStore
import SyncProtocol

/// Why a sync with the hub did not go through; nothing is marked delivered that the hub did not acknowledge.
public enum SyncFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The hub could not be reached, or the link dropped before its answer arrived.
    case unreachable(String)
    /// The hub refused the request, and said why.
    case refused(RequestRefusal)
    /// The hub answered something that is not a receipt.
    case badAnswer(String)
    /// The kiosk's own data could not be read or written.
    case store(String)
    /// The sync is not set up right (key file, kiosk ID, URL).
    case configuration(String)

    /// Whether trying again later may succeed without anyone changing anything.
    public var isRetryable: Bool {
        switch self {
        case .unreachable, .badAnswer, .store: true
        case .refused(let refusal): refusal.isRetryable
        case .configuration: false
        }
    }

    /// Plain words for the coordinator's screen and the technicians' log.
    public var description: String {
        switch self {
        case .unreachable(let detail): "the county hub cannot be reached (\(detail))"
        case .refused(let refusal): "the county hub refused: \(refusal.message)"
        case .badAnswer(let detail): "the county hub's answer could not be read (\(detail))"
        case .store(let detail): "the kiosk's database failed during the sync (\(detail))"
        case .configuration(let detail): detail
        }
    }

    /// The kind the coordinator's screen words it by.
    public var kind: SyncErrorKind {
        switch self {
        case .unreachable: .unreachable
        case .refused(let refusal):
            switch refusal.code {
            case .clockSkew: .clockSkew
            case .unknownKiosk, .revokedKiosk, .badSignature, .unsigned: .keyRefused
            case .replayedNonce, .malformedBatch, .tooLarge, .unavailable: .refused
            }
        case .badAnswer: .badAnswer
        case .store: .store
        case .configuration: .configuration
        }
    }
}
