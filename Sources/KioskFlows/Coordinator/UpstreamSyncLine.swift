import KioskDomain

/// How the kiosk's upstream sync stands, as the coordinator's menu shows it: entries waiting, the last
/// successful sync, and the last error in plain words (its kind picks the words, in either language).
public struct UpstreamSyncLine: Sendable, Equatable {
    /// Entries the county hub has not acknowledged yet.
    public var waiting: Int
    /// When the last sync went through, on the kiosk's wall clock; nil when none ever did.
    public var lastSuccess: WallClockTime?
    /// The kind of the last failure since then (`SyncErrorKind`'s raw value); nil when the last sync went through.
    public var lastErrorKind: String?
    /// When that failure happened.
    public var lastErrorAt: WallClockTime?

    /// A line from its parts.
    public init(waiting: Int, lastSuccess: WallClockTime?, lastErrorKind: String?, lastErrorAt: WallClockTime?) {
        self.waiting = waiting
        self.lastSuccess = lastSuccess
        self.lastErrorKind = lastErrorKind
        self.lastErrorAt = lastErrorAt
    }

    /// The message of the first line: entries waiting and the last successful sync.
    var statusMessage: UserMessage {
        guard let lastSuccess else { return UserMessage("sync.coordinator.neverSynced", ["waiting": "\(waiting)"]) }
        return UserMessage("sync.coordinator.status", ["waiting": "\(waiting)", "time": lastSuccess.minuteText])
    }

    /// The two further lines when the last attempt failed: when, then why in plain words.
    var errorMessages: (heading: UserMessage, reason: UserMessage)? {
        guard let kind = lastErrorKind else { return nil }
        let known = Self.errorKinds.contains(kind) ? kind : "other"
        return (UserMessage("sync.coordinator.lastError", ["time": lastErrorAt?.minuteText ?? "-"]),
                UserMessage("sync.coordinator.error.\(known)"))
    }

    /// The kinds with their own words; any other shows the general one.
    static let errorKinds: Set<String> = ["unreachable", "clockSkew", "keyRefused", "refused", "badAnswer", "store",
                                          "configuration"]
}
