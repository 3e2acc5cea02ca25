/// One year of a personal account (个人账户): what was credited, the interest earned and the balance at its end.
public struct AccountYear: Hashable, Sendable, Codable {
    public var year: Int
    /// Personal contributions credited in the year (back-payments in the year they were paid).
    public var contributions: Money
    /// Subsidies credited in the year: the government subsidy and any collective aid, as the tables define them
    /// (`PolicyTier.subsidyYuan`, Guo Fa [2014] No. 8 §4(2)-(3)).
    public var subsidies: Money
    /// Interest earned in the year on the balance brought forward.
    public var interest: Money
    /// The yearly rate the interest was credited at, in basis points (150 = 1.50 %).
    public var rateBasisPoints: Int
    /// The balance after the year's credits and interest.
    public var balance: PersonalAccount

    /// A year of an account.
    public init(year: Int, contributions: Money, subsidies: Money, interest: Money, rateBasisPoints: Int,
                balance: PersonalAccount) {
        self.year = year
        self.contributions = contributions
        self.subsidies = subsidies
        self.interest = interest
        self.rateBasisPoints = rateBasisPoints
        self.balance = balance
    }

    /// Contributions plus subsidies: what reached the account in the year besides interest.
    public var credited: Money { contributions + subsidies }
}
