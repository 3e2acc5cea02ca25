/// The pension of a person receiving it, month by month.
///
/// The basic pension is raised for everyone receiving it when a new table takes effect, so the amount for a month
/// is the basic pension of the table in force on the first day of that month (central minimum, regional top-up and
/// long-service addition; State Council Guo Fa [2014] No. 8, §6(1)) plus the personal-account part, which stays as
/// computed at the claim (balance / 139, §6(2)). A month for which no table is in force is paid at the amount fixed
/// at the claim (assumed: the kiosk has no table of its own for it).
public struct PensionInPayment: Hashable, Sendable {
    /// The personal-account part per month, fixed at the claim.
    public var personalAccountPension: Money
    /// The monthly amount fixed at the claim, used for a month without a table.
    public var amountAtClaim: Money
    /// Contribution years, for the long-service addition.
    public var contributionYears: Int
    /// GB/T 2260 county code whose tables apply.
    public var region: String
    public var policies: PolicyBook

    /// The pension in payment on an account, or nil when no pension was ever claimed on it.
    public init?(account: InsuranceAccount, contributionYears: Int, region: String, policies: PolicyBook) {
        guard let monthly = account.monthlyPension else { return nil }
        let personal = account.personalAccountPension ?? .zero
        self.personalAccountPension = personal
        self.amountAtClaim = monthly
        self.contributionYears = contributionYears
        self.region = region
        self.policies = policies
    }

    /// The pension for the month containing `month`.
    public func amount(for month: CivilDate) -> Money {
        guard let table = try? policies.table(region: region, on: month.firstOfMonth) else { return amountAtClaim }
        return table.basicPension(contributionYears: contributionYears) + personalAccountPension
    }

    /// Each month from the month of `first` to the month of `last`, both included, with its amount; empty when
    /// `last` is before `first`.
    public func months(from first: CivilDate, through last: CivilDate) -> [(month: CivilDate, amount: Money)] {
        let start = first.firstOfMonth
        let count = start.months(until: last.firstOfMonth) + 1
        guard count > 0 else { return [] }
        return (0..<count).map { offset in
            let month = start.adding(months: offset)
            return (month, amount(for: month))
        }
    }

    /// The sum of the months from `first` through `last`, both included.
    public func total(from first: CivilDate, through last: CivilDate) -> Money {
        months(from: first, through: last).reduce(.zero) { $0 + $1.amount }
    }
}
