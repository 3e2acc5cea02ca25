/// An employer's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a check character.
///
/// Source: DOMAIN.md (employers keyed by the unified social credit code); the check follows GB 32100-2015 (characters
/// 0-9 and A-Z without I, O, Z, S, V; weights 3^i mod 31; check = 31 - sum mod 31).
public struct UnifiedSocialCreditCode: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    /// The standard's 31 characters, in value order.
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// A valid code (upper-cased), or nil.
    public init?(_ text: String) {
        let chars = Array(text.uppercased())
        guard chars.count == 18 else { return nil }
        var values: [Int] = []
        for c in chars {
            guard let v = UnifiedSocialCreditCode.alphabet.firstIndex(of: c) else { return nil }
            values.append(v)
        }
        guard UnifiedSocialCreditCode.checkValue(Array(values.prefix(17))) == values[17] else { return nil }
        value = String(chars)
    }

    /// The check character's value for the first 17 values.
    static func checkValue(_ values: [Int]) -> Int {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return (31 - sum % 31) % 31
    }

    /// The check character for 17 characters (to build valid codes), or nil when one is outside the alphabet.
    public static func checkCharacter(for first17: String) -> Character? {
        let values = first17.uppercased().compactMap { alphabet.firstIndex(of: $0) }
        guard values.count == 17, first17.count == 17 else { return nil }
        return alphabet[checkValue(values)]
    }

    public var description: String { value }
}
