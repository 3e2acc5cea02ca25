import Foundation

/// An 18-character resident ID number (GB 11643), checked and normalised (upper-case X).
public struct IDNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 18 characters, with a final `X` in upper case.
    public let value: String

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = Array("10X98765432")

    /// Validates a typed or read ID number; surrounding spaces are ignored and `x` is accepted.
    public init(_ raw: String) throws(IDNumberError) {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(text)
        if chars.count == 15 && chars.allSatisfy(\.isASCIIDigit) { throw .legacy15 }
        guard chars.count == 18 else {
            if chars.allSatisfy({ $0.isASCIIDigit || $0 == "X" }) { throw .length(chars.count) }
            throw .characters
        }
        guard chars.prefix(17).allSatisfy(\.isASCIIDigit), chars[17].isASCIIDigit || chars[17] == "X" else {
            throw .characters
        }
        let birthDigits = String(chars[6..<14])
        guard IDNumber.date(fromCompact: birthDigits) != nil else { throw .impossibleDate(birthDigits) }
        let expected = IDNumber.checkCharacter(for: chars.prefix(17))
        guard chars[17] == expected else { throw .checkDigit(expected: expected) }
        value = text
    }

    /// The GB 11643 check character of the first 17 digits.
    public static func checkCharacter<S: Sequence>(for digits: S) -> Character where S.Element == Character {
        var sum = 0
        for (digit, weight) in zip(digits, weights) { sum += digit.wholeNumberValue! * weight }
        return checkCharacters[sum % 11]
    }

    static func date(fromCompact digits: String) -> CivilDate? {
        guard digits.count == 8, let y = Int(digits.prefix(4)), let md = Int(digits.suffix(4)),
              y >= 1850 else { return nil }
        return CivilDate(year: y, month: md / 100, day: md % 100)
    }

    /// The GB/T 2260 region code of the place of first registration (first 6 digits).
    public var regionCode: String { String(value.prefix(6)) }

    /// The birth date (digits 7-14).
    public var birthDate: CivilDate {
        IDNumber.date(fromCompact: String(Array(value)[6..<14]))!
    }

    /// Sex from the 17th digit (odd: male).
    public var sex: Sex {
        Array(value)[16].wholeNumberValue! % 2 == 1 ? .male : .female
    }

    /// The number as shown on screen and receipts: first 4 and last 4 characters, the rest `*`.
    public var masked: String {
        String(value.prefix(4)) + String(repeating: "*", count: 10) + String(value.suffix(4))
    }

    public var description: String { masked }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        do { self = try IDNumber(raw) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: error.messageKey))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
