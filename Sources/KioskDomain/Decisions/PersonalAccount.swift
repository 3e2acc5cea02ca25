/// The personal-account balance: credited contributions plus yearly compound interest.
public struct PersonalAccount: Hashable, Sendable, Codable {
    /// Personal contributions with their interest.
    public var personal: Money
    /// Government subsidies with their interest.
    public var subsidy: Money

    /// A balance.
    public init(personal: Money, subsidy: Money) {
        self.personal = personal
        self.subsidy = subsidy
    }

    /// Both parts together.
    public var total: Money { personal + subsidy }

    /// The balance on a day at one yearly rate for every year (the year-by-year rule is `AccountStatement`).
    ///
    /// Balance(end of y) = Balance(end of y-1) x (1 + rate) + credited(y); credits of the current year
    /// earn nothing yet; a back-payment is credited in the year it is paid. Amounts are rounded to the fen each year.
    public static func balance(of contributions: [Contribution], on day: CivilDate,
                               interestRateBasisPoints rate: Int) -> PersonalAccount {
        AccountStatement.make(contributions: contributions, on: day) { _ in rate }.balance
    }
}

extension Contribution {
    /// The year the amount reaches the account: the scheme year, or the payment year for a back-payment.
    var creditYear: Int { kind == .backPayment ? paidOn.year : year }
}
