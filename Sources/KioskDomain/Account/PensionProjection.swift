/// The projected monthly pension at the pension age (养老金测算), at the current tier and the next two ("多缴多得").
///
/// Monthly pension = basic pension + personal-account balance / 139 (State Council Guo Fa [2014] No. 8 §6; the same
/// rule as `PensionEstimate`). The balance at the pension age is the account so far (`AccountStatement`, each past year
/// at its table's rate) plus every regular year still payable before the pension age (`BackPaymentPlan`, the table's
/// `schemeTimings`) at the tier, with that tier's subsidy. Assumed: the table in force today (tiers, subsidies,
/// interest rate, basic pension) stays in force until the pension age, so figures are in today's terms.
public struct PensionProjection: Hashable, Sendable, Codable {
    /// The day the person reaches the pension age.
    public var pensionAgeDay: CivilDate
    /// The pension age of the table (60).
    public var pensionAge: Int
    /// Years the person needs to have paid to draw the pension.
    public var requiredYears: Int
    /// The current tier first, then up to two higher tiers of the table.
    public var tiers: [TierProjection]

    /// A projection.
    public init(pensionAgeDay: CivilDate, pensionAge: Int, requiredYears: Int, tiers: [TierProjection]) {
        self.pensionAgeDay = pensionAgeDay
        self.pensionAge = pensionAge
        self.requiredYears = requiredYears
        self.tiers = tiers
    }

    /// The projection at the current tier.
    public var current: TierProjection { tiers[0] }

    /// How much more a month a tier gives than the current one.
    public func extraPerMonth(_ tier: TierProjection) -> Money { tier.monthly - current.monthly }

    /// Whether even the remaining years leave the person short of the required years (back-payment needed).
    public var isShort: Bool { current.contributionYears < requiredYears }

    /// How many higher tiers are shown beside the current one.
    public static let higherTiersShown = 2

    /// The projection for a contributing person on a day, with the table in force that day; nil for anyone not
    /// contributing (not enrolled, drawing a pension, terminated, deceased).
    public static func make(person: Person, account: InsuranceAccount, history: ServiceHistory, policy: PolicyTable,
                            policies: PolicyBook, today: CivilDate) -> PensionProjection? {
        guard person.diedOn == nil, account.status == .paying || account.status == .paymentSuspended else { return nil }
        let pensionAgeDay = person.birthDate.anniversary(policy.pensionAge)
        let plan = BackPaymentPlan.assess(person: person, history: history, policy: policy, on: today)
        let lastRegularYear = policy.schemeTimings.regularContributionInPensionAgeYear
            ? pensionAgeDay.year : pensionAgeDay.year - 1
        let remaining = today < pensionAgeDay ? plan.remainingRegularYears : 0
        let futureYears = remaining > 0 ? Array((lastRegularYear - remaining + 1)...lastRegularYear) : []
        let current = account.tierYuan.flatMap(policy.tier(yuan:)) ?? policy.lowestTier
        var shown = [current]
        if !futureYears.isEmpty, let index = policy.tiers.firstIndex(of: current) {
            shown += policy.tiers.dropFirst(index + 1).prefix(higherTiersShown)
        }
        let region = person.registeredRegion
        let day = max(today, pensionAgeDay)
        let tiers = shown.map { tier -> TierProjection in
            let future = futureYears.map { year in
                Contribution(personID: person.id, year: year, tierYuan: tier.yuan, personal: .yuan(tier.yuan),
                             subsidy: .yuan(tier.subsidyYuan), kind: .regular, channel: .taxOffice,
                             paidOn: max(today, CivilDate(year: year, month: 1, day: 1)!))
            }
            let statement = AccountStatement.make(contributions: history.contributions + future, on: day) { year in
                year > today.year ? policy.interestRateBasisPoints
                    : AccountStatement.creditedRate(year: year, on: today, region: region, policies: policies)
            }
            let years = history.contributedYears.union(futureYears).count
            let balance = statement.balance.total
            return TierProjection(tierYuan: tier.yuan, subsidyYuan: tier.subsidyYuan, remainingYears: futureYears.count,
                                  contributionYears: years, balance: balance,
                                  basicPension: policy.basicPension(contributionYears: years),
                                  personalAccountPension: balance.divided(by: policy.personalAccountDivisor))
        }
        return PensionProjection(pensionAgeDay: pensionAgeDay, pensionAge: policy.pensionAge,
                                 requiredYears: plan.requiredYears, tiers: tiers)
    }
}
