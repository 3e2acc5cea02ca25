/// One record read by tag from the social-security card: `tag | length | value`.
public struct TLVRecord: Sendable, Hashable {
    /// The record's tag (the data element number, e.g. `0x08` for the ID number).
    public let tag: UInt8
    /// The value bytes.
    public let value: [UInt8]

    /// Builds a record.
    public init(tag: UInt8, value: [UInt8]) {
        self.tag = tag
        self.value = value
    }

    /// The bytes as the card returns them (one-byte length; values up to 255 bytes).
    public var bytes: [UInt8] { [tag, UInt8(truncatingIfNeeded: value.count)] + value }

    /// Parses a READ RECORD answer that must hold exactly one record with the `expected` tag.
    public static func parse(_ bytes: [UInt8], expecting expected: UInt8) throws(SmartCardError) -> TLVRecord {
        guard bytes.count >= 2 else { throw .truncatedRecord(tag: expected) }
        guard bytes[0] == expected else { throw .unexpectedTag(expected: expected, found: bytes[0]) }
        let length = Int(bytes[1])
        guard bytes.count - 2 >= length else { throw .truncatedRecord(tag: expected) }
        guard bytes.count - 2 == length else { throw .malformedRecord(tag: expected) }
        return TLVRecord(tag: expected, value: Array(bytes[2...]))
    }
}
