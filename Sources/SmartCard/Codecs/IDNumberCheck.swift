/// The GB 11643 citizen ID number check, kept in one small file so the domain's own type can replace it.
public enum IDNumberCheck {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// The check character for the first 17 digits; nil if they are not 17 ASCII digits.
    public static func checkCharacter(for first17: some StringProtocol) -> Character? {
        let values = first17.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard first17.count == 17, values.count == 17 else { return nil }
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// True when `number` is 18 characters, its birth date exists and its check character is right.
    public static func isValid(_ number: String) -> Bool {
        guard number.count == 18, let check = checkCharacter(for: number.prefix(17)),
              birthDate(of: number) != nil else { return false }
        return number.last.map { Character($0.uppercased()) } == check
    }

    /// The birth date encoded in characters 7-14.
    public static func birthDate(of number: String) -> CardDate? {
        guard number.count == 18 else { return nil }
        return CardDate(digits: number.dropFirst(6).prefix(8))
    }

    /// The sex code encoded in character 17: "1" (odd, male) or "2" (even, female).
    public static func sexCode(of number: String) -> String? {
        guard number.count == 18, let digit = number.dropFirst(16).first?.wholeNumberValue else { return nil }
        return digit % 2 == 1 ? "1" : "2"
    }
}
