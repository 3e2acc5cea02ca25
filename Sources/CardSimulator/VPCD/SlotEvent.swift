/// Something the simulated reader slot did, printed one per line so scripts and tests can follow.
public enum SlotEvent: Sendable, Hashable {
    /// Waiting for vpcd (pcscd not running yet) on this port.
    case waitingForReader(port: UInt16)
    /// The card is in the reader (connected to vpcd).
    case inserted(profile: String)
    /// The card was taken out on command.
    case removed(profile: String)
    /// The card left on its own after `apdus` answered APDUs (fault).
    case pulled(profile: String, apdus: Int)
    /// The reader powered the card down (pcscd disconnected with SCARD_UNPOWER_CARD, or its idle power-off).
    case poweredOff(profile: String)
    /// vpcd closed the connection (pcscd stopped); the slot reconnects while a card is inserted.
    case readerLost(port: UInt16)

    /// The line printed for the event.
    public var line: String {
        switch self {
        case .waitingForReader(let port): return "waiting port=\(port)"
        case .inserted(let profile): return "inserted \(profile)"
        case .removed(let profile): return "removed \(profile)"
        case .pulled(let profile, let apdus): return "pulled \(profile) after=\(apdus)"
        case .poweredOff(let profile): return "powered-off \(profile)"
        case .readerLost(let port): return "reader-lost port=\(port)"
        }
    }
}
