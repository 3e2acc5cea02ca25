/// The projected pension at the pension age if every remaining regular year is paid at one tier.
public struct TierProjection: Hashable, Sendable, Codable {
    /// The tier paid each remaining year, yuan a year.
    public var tierYuan: Int
    /// The subsidy the table credits with that tier each year.
    public var subsidyYuan: Int
    /// Regular years still to pay before the pension age.
    public var remainingYears: Int
    /// Distinct contribution years at the pension age.
    public var contributionYears: Int
    /// The personal-account balance on the day of the pension age.
    public var balance: Money
    /// Basic pension per month for those years (today's table).
    public var basicPension: Money
    /// Balance / divisor (139), per month.
    public var personalAccountPension: Money

    /// A tier's projection.
    public init(tierYuan: Int, subsidyYuan: Int, remainingYears: Int, contributionYears: Int, balance: Money,
                basicPension: Money, personalAccountPension: Money) {
        self.tierYuan = tierYuan
        self.subsidyYuan = subsidyYuan
        self.remainingYears = remainingYears
        self.contributionYears = contributionYears
        self.balance = balance
        self.basicPension = basicPension
        self.personalAccountPension = personalAccountPension
    }

    /// Basic pension plus personal-account pension, per month.
    public var monthly: Money { basicPension + personalAccountPension }
}
