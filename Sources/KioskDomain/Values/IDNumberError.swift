/// Why a text is not a valid 18-character resident ID number (GB 11643).
public enum IDNumberError: Error, Hashable, Sendable {
    /// Not 18 characters long (and not a 15-digit legacy number).
    case length(Int)
    /// A character other than digits (and a final X) appears.
    case characters
    /// A 15-digit number from first-generation cards: the person needs their 18-character number.
    case legacy15
    /// Digits 7-14 are not a real calendar day.
    case impossibleDate(String)
    /// The 18th character does not match the GB 11643 check digit.
    case checkDigit(expected: Character)

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .length: "id.error.length"
        case .characters: "id.error.characters"
        case .legacy15: "id.error.legacy15"
        case .impossibleDate: "id.error.impossibleDate"
        case .checkDigit: "id.error.checkDigit"
        }
    }

    /// Values a message may insert, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .length(let count): ["count": String(count)]
        case .characters, .legacy15: [:]
        case .impossibleDate(let digits): ["date": digits]
        case .checkDigit(let expected): ["expected": String(expected)]
        }
    }
}
