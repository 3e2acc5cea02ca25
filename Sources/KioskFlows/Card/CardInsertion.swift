/// One card put into one reader: the reader's name and the card event source's running count of cards put into
/// it. A read result carries the insertion it was started for; the flows take it only while that card is still
/// the one in the reader, so a fast swap never shows card A's holder for card B.
public struct CardInsertion: Sendable, Hashable {
    /// The reader's name.
    public var reader: String
    /// The count of cards put into `reader`, this one included (1 for the first).
    public var number: Int

    /// One insertion.
    public init(reader: String, number: Int) {
        self.reader = reader
        self.number = number
    }
}
