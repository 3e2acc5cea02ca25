/// How far a person is from the minimum contribution years, and what back-payment (补缴) would close the gap.
public struct BackPaymentPlan: Hashable, Sendable, Codable {
    /// Years the person must have paid to draw a pension (15, fewer for those old at the scheme's start).
    public var requiredYears: Int
    /// Distinct years already paid.
    public var paidYears: Int
    /// Years still payable as regular contributions before the pension age.
    public var remainingRegularYears: Int
    /// Years short even if every remaining year is paid: these need back-payment.
    public var shortYears: Int
    /// Past years without a contribution that may be back-paid, latest first.
    public var missingYears: [Int]
    /// What back-paying the short years costs at the lowest tier.
    public var amountAtLowestTier: Money

    /// Whether back-payment is needed to reach the pension.
    public var isShort: Bool { shortYears > 0 }

    /// Assesses a person's position on a day.
    public static func assess(person: Person, history: ServiceHistory, policy: PolicyTable,
                              on day: CivilDate) -> BackPaymentPlan {
        let required = requiredYears(birthDate: person.birthDate, policy: policy)
        let paid = history.contributedYears
        let pensionYear = person.birthDate.anniversary(policy.pensionAge).year
        // The last year a regular contribution is paid for (policy `schemeTimings`).
        let lastRegularYear = policy.schemeTimings.regularContributionInPensionAgeYear ? pensionYear : pensionYear - 1
        let currentYearPayable = !paid.contains(day.year) && day.year <= lastRegularYear
            && (policy.contributionWindow.bounds(in: day.year).map { day <= $0.last } ?? false)
        let futureYears = max(0, lastRegularYear - day.year)
        let remaining = futureYears + (currentYearPayable ? 1 : 0)
        let short = max(0, required - paid.count - remaining)
        let firstYear = max(policy.schemeStartDate.year, person.birthDate.anniversary(policy.enrolmentMinimumAge).year)
        let lastPast = min(day.year - 1, lastRegularYear)
        let missing = firstYear <= lastPast ? (firstYear...lastPast).reversed().filter { !paid.contains($0) } : []
        return BackPaymentPlan(requiredYears: required, paidYears: paid.count, remainingRegularYears: remaining,
                               shortYears: short, missingYears: missing,
                               amountAtLowestTier: .yuan(policy.lowestTier.yuan) * short)
    }

    /// Years required for someone born on a day: the minimum, or the years between the scheme's start
    /// and the pension age when fewer (none for people already at pension age when it started).
    public static func requiredYears(birthDate: CivilDate, policy: PolicyTable) -> Int {
        let pensionDay = birthDate.anniversary(policy.pensionAge)
        guard pensionDay > policy.schemeStartDate else { return 0 }
        let available = pensionDay.year - policy.schemeStartDate.year
        return max(1, min(policy.minimumContributionYears, available))
    }
}
