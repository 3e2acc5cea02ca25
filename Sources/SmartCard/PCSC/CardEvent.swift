/// Something that happened to the card readers, delivered to the kiosk as an event.
public enum CardEvent: Sendable, Hashable {
    /// A reader appeared (or was present at start).
    case readerAdded(String)
    /// A reader went away.
    case readerRemoved(String)
    /// A card was put into `reader`; `atr` is its answer to reset; `insertion` counts the cards put into that
    /// reader since the source started (1 for the first), so a result read for one card is told from the next's.
    case cardInserted(reader: String, atr: [UInt8], insertion: Int)
    /// The card left `reader`.
    case cardRemoved(reader: String)
    /// The card service (pcscd) cannot be reached; the source keeps retrying.
    case serviceUnavailable(messageKey: String)
}
