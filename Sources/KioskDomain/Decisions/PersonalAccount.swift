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

    /// The balance on a day: each year's credit earns the yearly rate from the end of its year on.
    ///
    /// Balance(end of y) = Balance(end of y-1) x (1 + rate) + credited(y); credits of the current year
    /// earn nothing yet; a back-payment is credited in the year it is paid. Amounts are rounded to the fen each year.
    public static func balance(of contributions: [Contribution], on day: CivilDate,
                               interestRateBasisPoints rate: Int) -> PersonalAccount {
        let counted = contributions.filter { $0.paidOn <= day }
        guard let firstYear = counted.map(\.creditYear).min() else { return PersonalAccount(personal: .zero, subsidy: .zero) }
        var personal = Money.zero
        var subsidy = Money.zero
        let lastYear = max(firstYear, day.year)
        for year in firstYear...lastYear {
            if year > firstYear {
                personal = personal + personal.scaled(basisPoints: rate)
                subsidy = subsidy + subsidy.scaled(basisPoints: rate)
            }
            for contribution in counted where contribution.creditYear == year {
                personal = personal + contribution.personal
                subsidy = subsidy + contribution.subsidy
            }
        }
        return PersonalAccount(personal: personal, subsidy: subsidy)
    }
}

extension Contribution {
    /// The year the amount reaches the account: the scheme year, or the payment year for a back-payment.
    var creditYear: Int { kind == .backPayment ? paidOn.year : year }
}
