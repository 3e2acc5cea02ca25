/// The personal account year by year (个人账户明细), the one implementation of its balance.
///
/// Balance(end of y) = Balance(end of y-1) x (1 + rate of y) + credited(y) (State Council Guo Fa [2014] No. 8 §5:
/// the account earns interest as the state prescribes, credited once a year). Credits of a year earn nothing in that
/// year; a back-payment is credited in the year it is paid; the personal and subsidy parts are rounded to the fen
/// separately each year. The rate of a year is the `interestRateBasisPoints` of the table in force on the year's last
/// day (on the day asked for, in the current year); years before the first table on file take the rate of the
/// earliest table (assumed: no older Guangxi rates were found).
public struct AccountStatement: Hashable, Sendable, Codable {
    /// Every year from the first credit to the year of the day asked for, oldest first.
    public var years: [AccountYear]

    /// A statement of years.
    public init(years: [AccountYear]) {
        self.years = years
    }

    /// The balance on the day: the last year's balance, or nothing.
    public var balance: PersonalAccount { years.last?.balance ?? PersonalAccount(personal: .zero, subsidy: .zero) }

    /// Interest earned over all years.
    public var totalInterest: Money { years.reduce(.zero) { $0 + $1.interest } }

    /// The statement on a day with the yearly rate given by `rate(year)`, in basis points.
    public static func make(contributions: [Contribution], on day: CivilDate,
                            rate: (Int) -> Int) -> AccountStatement {
        let counted = contributions.filter { $0.paidOn <= day }
        guard let firstYear = counted.map(\.creditYear).min() else { return AccountStatement(years: []) }
        var personal = Money.zero
        var subsidy = Money.zero
        var years: [AccountYear] = []
        for year in firstYear...max(firstYear, day.year) {
            let basisPoints = rate(year)
            var interest = Money.zero
            if year > firstYear {
                let personalInterest = personal.scaled(basisPoints: basisPoints)
                let subsidyInterest = subsidy.scaled(basisPoints: basisPoints)
                personal = personal + personalInterest
                subsidy = subsidy + subsidyInterest
                interest = personalInterest + subsidyInterest
            }
            let credits = counted.filter { $0.creditYear == year }
            let paid = credits.reduce(Money.zero) { $0 + $1.personal }
            let subsidies = credits.reduce(Money.zero) { $0 + $1.subsidy }
            personal = personal + paid
            subsidy = subsidy + subsidies
            years.append(AccountYear(year: year, contributions: paid, subsidies: subsidies, interest: interest,
                                     rateBasisPoints: year > firstYear ? basisPoints : 0,
                                     balance: PersonalAccount(personal: personal, subsidy: subsidy)))
        }
        return AccountStatement(years: years)
    }

    /// The statement on a day for a person of `region`, each year at the rate of the table in force that year.
    public static func make(contributions: [Contribution], on day: CivilDate, region: String,
                            policies: PolicyBook) -> AccountStatement {
        make(contributions: contributions, on: day) { creditedRate(year: $0, on: day, region: region, policies: policies) }
    }

    /// The rate credited in a year: the table in force on its last day (or on `day` in the year of `day`), else the
    /// earliest table of the region (assumed for years before the first table on file).
    public static func creditedRate(year: Int, on day: CivilDate, region: String, policies: PolicyBook) -> Int {
        let lastDay = year >= day.year ? day : CivilDate(year: year, month: 12, day: 31)!
        if let table = try? policies.table(region: region, on: lastDay) { return table.interestRateBasisPoints }
        let applicable = policies.tables.filter { region.hasPrefix($0.region) }
        if let earliestStart = applicable.map(\.effectiveFrom).min(),
           let table = try? policies.table(region: region, on: earliestStart) {
            return table.interestRateBasisPoints
        }
        return applicable.first?.interestRateBasisPoints ?? 0
    }
}
