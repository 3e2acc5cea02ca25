/// An amount of renminbi held as integer fen (1 yuan = 100 fen); never a floating-point number.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    AdditiveArithmetic {
    /// The amount in fen.
    public var fen: Int

    /// An amount given in fen.
    public init(fen: Int) { self.fen = fen }

    /// An amount given in whole yuan.
    public static func yuan(_ yuan: Int) -> Money { Money(fen: yuan * 100) }

    public static let zero = Money(fen: 0)

    /// `123.45` (yuan with two decimals).
    public var yuanText: String {
        let sign = fen < 0 ? "-" : ""
        let a = abs(fen)
        let cents = a % 100
        return "\(sign)\(a / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public var description: String { yuanText }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    /// The amount times a whole number.
    public static func * (lhs: Money, rhs: Int) -> Money { Money(fen: lhs.fen * rhs) }

    /// The amount divided by a whole number, rounded half up to the fen.
    public func divided(by divisor: Int) -> Money {
        precondition(divisor > 0)
        return Money(fen: (fen * 2 + divisor) / (2 * divisor))
    }

    /// The amount scaled by basis points (1/10000), rounded half up to the fen.
    public func scaled(basisPoints: Int) -> Money {
        Money(fen: (fen * basisPoints * 2 + 10_000) / 20_000)
    }

    public init(from decoder: any Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}
