import KioskDomain

/// Why the store could not do what was asked.
public enum StoreError: Error, Hashable, Sendable {
    /// The database file cannot be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// The write failed and nothing was recorded.
    case writeFailed(reason: String)
    /// The record refers to a person the store does not know.
    case unknownPerson(String)
    /// A stored value cannot be read back (e.g. a broken ID number).
    case corruptRow(table: String, key: String)
    /// The demo data cannot be read: file, line and why.
    case invalidDemoData(file: String, line: Int, reason: String)
    /// The database file records no village, and none was given.
    case noVillageRecorded(path: String)
    /// The database file serves another village than the one asked for.
    case servesAnotherVillage(path: String, recorded: String, requested: String)
    /// No cancellation application with this receipt number waits for the county.
    case noPendingApplication(receipt: String)
    /// The proxy's stored authorisation does not cover this business today; nothing was recorded.
    case proxyRefused([ProxyRefusal])

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .cannotOpen: "store.error.cannotOpen"
        case .writeFailed: "store.error.writeFailed"
        case .unknownPerson: "store.error.unknownPerson"
        case .corruptRow: "store.error.corruptRow"
        case .invalidDemoData: "store.error.invalidDemoData"
        case .noVillageRecorded: "store.error.noVillageRecorded"
        case .servesAnotherVillage: "store.error.servesAnotherVillage"
        case .noPendingApplication: "store.error.noPendingApplication"
        case .proxyRefused(let refusals): refusals.first?.messageKey ?? ProxyRefusal.notRecorded.messageKey
        }
    }

    /// Values a message may insert, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .cannotOpen(let path, let reason): ["path": path, "reason": reason]
        case .writeFailed(let reason): ["reason": reason]
        case .unknownPerson(let id): ["id": id]
        case .corruptRow(let table, let key): ["table": table, "key": key]
        case .invalidDemoData(let file, let line, let reason): ["file": file, "line": String(line), "reason": reason]
        case .noVillageRecorded(let path): ["path": path]
        case .servesAnotherVillage(let path, let recorded, let requested): ["path": path, "recorded": recorded, "requested": requested]
        case .noPendingApplication(let receipt): ["receipt": receipt]
        case .proxyRefused(let refusals): refusals.first?.parameters ?? [:]
        }
    }
}
