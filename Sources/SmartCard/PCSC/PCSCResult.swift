import CPCSC

/// PC/SC constants and the mapping of pcsc-lite return codes to `SmartCardError`.
enum PCSCResult {
    static let success = 0
    static let cancelled = 0x8010_0002
    static let unknownReader = 0x8010_0009
    static let timeout = 0x8010_000A
    static let sharingViolation = 0x8010_000B
    static let noSmartcard = 0x8010_000C
    static let notTransacted = 0x8010_0016
    static let readerUnavailable = 0x8010_0017
    static let commError = 0x8010_0013
    static let noService = 0x8010_001D
    static let serviceStopped = 0x8010_001E
    static let noReadersAvailable = 0x8010_002E
    static let unresponsiveCard = 0x8010_0066
    static let unpoweredCard = 0x8010_0067
    static let resetCard = 0x8010_0068
    static let removedCard = 0x8010_0069

    static let scopeSystem: DWORD = 2
    static let shareShared: DWORD = 2
    static let protocolT0: DWORD = 1
    static let protocolT1: DWORD = 2
    static let leaveCard: DWORD = 0
    static let resetCardDisposition: DWORD = 1
    static let unpowerCard: DWORD = 2
    static let infinite: DWORD = 0xFFFF_FFFF

    static let stateChanged: DWORD = 0x0002
    static let stateUnknown: DWORD = 0x0004
    static let stateUnavailable: DWORD = 0x0008
    static let statePresent: DWORD = 0x0020
    static let stateMute: DWORD = 0x0200

    /// The name pcsc-lite uses for reader plug and unplug notifications.
    static let plugAndPlayReader = "\\\\?PnP?\\Notification"

    /// True when the daemon is gone (not running or stopped).
    static func isServiceGone(_ code: Int) -> Bool {
        code == noService || code == serviceStopped
    }

    /// The error for a failing pcsc-lite call.
    static func error(_ code: Int) -> SmartCardError {
        switch code {
        case noService, serviceStopped: return .serviceNotRunning
        case noReadersAvailable: return .noReader
        case unknownReader, readerUnavailable: return .readerNotFound("")
        case noSmartcard: return .noCard
        case resetCard: return .cardReset
        case removedCard, notTransacted, commError: return .cardRemoved
        case unresponsiveCard, unpoweredCard: return .cardNotResponding
        case sharingViolation: return .sharingViolation
        case cancelled: return .cancelled
        default: return .pcsc(code: code)
        }
    }
}
