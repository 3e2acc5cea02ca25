/// Why a text is not a mainland mobile number.
public enum PhoneNumberError: Error, Hashable, Sendable {
    /// Not 11 digits starting with 13-19.
    case format

    /// The message key of the text shown for this error.
    public var messageKey: String { "phone.error.format" }
}

/// A mainland China mobile number: 11 digits, `1` then `3`-`9` (spaces, dashes and +86 ignored).
public struct PhoneNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 11 digits.
    public let value: String

    /// Validates a typed number.
    public init(_ raw: String) throws(PhoneNumberError) {
        var digits = raw.filter { $0 != " " && $0 != "-" }
        if digits.hasPrefix("+86") { digits.removeFirst(3) }
        let chars = Array(digits)
        guard chars.count == 11, chars.allSatisfy(\.isASCIIDigit), chars[0] == "1",
              ("3"..."9").contains(chars[1]) else { throw .format }
        value = digits
    }

    /// `138****5678`, for screens and receipts.
    public var masked: String { String(value.prefix(3)) + "****" + String(value.suffix(4)) }

    public var description: String { masked }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do { self = try PhoneNumber(raw) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.messageKey))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
