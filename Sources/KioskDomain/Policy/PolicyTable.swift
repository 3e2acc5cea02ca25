/// One contribution tier: what the person pays a year and the government subsidy added to it.
public struct PolicyTier: Hashable, Sendable, Codable {
    public var yuan: Int
    public var subsidyYuan: Int

    /// A tier.
    public init(yuan: Int, subsidyYuan: Int) {
        self.yuan = yuan
        self.subsidyYuan = subsidyYuan
    }
}

/// The yearly contribution window as month-day bounds, e.g. 01-01 to 12-20.
public struct ContributionWindow: Hashable, Sendable, Codable {
    /// `MM-dd` of the first day.
    public var from: String
    /// `MM-dd` of the last day.
    public var to: String

    /// A window.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The first and last day of the window in a year (29 February falls back to 28 in common years).
    public func bounds(in year: Int) -> (first: CivilDate, last: CivilDate)? {
        guard let first = ContributionWindow.day(from, year), let last = ContributionWindow.day(to, year),
              first <= last else { return nil }
        return (first, last)
    }

    static func day(_ monthDay: String, _ year: Int) -> CivilDate? {
        let parts = monthDay.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m) else { return nil }
        return CivilDate(year: year, month: m, day: min(d, CivilDate.daysIn(month: m, year: year)))
    }
}

/// Back-payment (补缴) rules for people short of the minimum years.
public struct BackPaymentRule: Hashable, Sendable, Codable {
    /// The youngest age at which missed years may be paid.
    public var fromAge: Int
    /// Government subsidy per back-paid year (usually none).
    public var subsidyYuanPerYear: Int

    /// A rule.
    public init(fromAge: Int, subsidyYuanPerYear: Int) {
        self.fromAge = fromAge
        self.subsidyYuanPerYear = subsidyYuanPerYear
    }
}

/// Refund rule for a cancelled account.
public struct RefundRule: Hashable, Sendable, Codable {
    /// Whether the subsidy part is refunded on death (inherited).
    public var subsidyOnDeath: Bool
    /// Whether the subsidy part is refunded for other reasons.
    public var subsidyOnOtherReasons: Bool

    /// A rule.
    public init(subsidyOnDeath: Bool, subsidyOnOtherReasons: Bool) {
        self.subsidyOnDeath = subsidyOnDeath
        self.subsidyOnOtherReasons = subsidyOnOtherReasons
    }
}

/// Certification rules: possible at any time, the next one due `validMonths` after the last.
public struct CertificationRule: Hashable, Sendable, Codable {
    /// The longest time between two certifications; the next is due this long after the last one.
    public var validMonths: Int
    /// The coordinator's list of certifications due shows those due within this many days.
    public var listedDaysBeforeDue: Int

    /// A rule.
    public init(validMonths: Int, listedDaysBeforeDue: Int) {
        self.validMonths = validMonths
        self.listedDaysBeforeDue = listedDaysBeforeDue
    }
}

/// A hardship group (e.g. the severely disabled) for whom local government pays part or all of the lowest tier
/// (State Council Guo Fa [2014] No. 8 §4(3)); the table's source says which are assumed.
public struct HardshipGroup: Hashable, Sendable, Codable {
    /// The group's name as recorded on the roster, e.g. "severeDisability".
    public var group: String
    /// What local government pays of the person's yearly contribution, at most the lowest tier.
    public var governmentPaysYuanPerYear: Int

    /// A group.
    public init(group: String, governmentPaysYuanPerYear: Int) {
        self.group = group
        self.governmentPaysYuanPerYear = governmentPaysYuanPerYear
    }

    /// The message key of the group's display name.
    public var messageKey: String { "hardship.group.\(group)" }
}

/// When things happen in the scheme: the start of a pension, the last regular contribution, the coordinator's
/// look-ahead. Each value's source is in the table's `sources["schemeTimings"]` (assumed where none was found).
public struct SchemeTimings: Hashable, Sendable, Codable {
    /// Months after the month of the claim in which the pension starts (1: the month after the claim).
    public var pensionStartsMonthsAfterClaim: Int
    /// Whether a regular contribution may be paid for the year in which one reaches the pension age.
    public var regularContributionInPensionAgeYear: Bool
    /// How far ahead the coordinator's list of people reaching the pension age short of years looks, in months.
    public var approachingPensionMonths: Int

    /// Timings.
    public init(pensionStartsMonthsAfterClaim: Int, regularContributionInPensionAgeYear: Bool,
                approachingPensionMonths: Int) {
        self.pensionStartsMonthsAfterClaim = pensionStartsMonthsAfterClaim
        self.regularContributionInPensionAgeYear = regularContributionInPensionAgeYear
        self.approachingPensionMonths = approachingPensionMonths
    }
}

/// The pension policy in force from a day for a region: one dated JSON file in `Assets/policy/`.
public struct PolicyTable: Hashable, Sendable, Codable {
    /// Short identifier, e.g. "guangxi-2025".
    public var name: String
    /// Prefix of the GB/T 2260 codes the table applies to ("" nationwide, "45" Guangxi).
    public var region: String
    /// The first day the table is in force.
    public var effectiveFrom: CivilDate
    /// The last day the table is in force, where known; nil while it is the latest.
    public var effectiveUntil: CivilDate?
    /// The day the scheme started in the region; people 60 or older then need no contributions.
    public var schemeStartDate: CivilDate
    public var tiers: [PolicyTier]
    /// Central minimum basic pension per month.
    public var basicPensionYuanPerMonth: Int
    /// Regional addition to the basic pension per month.
    public var localTopUpYuanPerMonth: Int
    /// Extra basic pension per month for each contribution year beyond the minimum.
    public var longServiceYuanPerMonthPerYear: Int
    /// Months the personal-account balance is divided by, the same whatever the age at the claim (139).
    public var personalAccountDivisor: Int
    public var minimumContributionYears: Int
    public var enrolmentMinimumAge: Int
    public var pensionAge: Int
    public var contributionWindow: ContributionWindow
    public var backPayment: BackPaymentRule
    /// Yearly interest credited to personal accounts, in basis points (150 = 1.50 %).
    public var interestRateBasisPoints: Int
    public var refund: RefundRule
    public var certification: CertificationRule
    public var schemeTimings: SchemeTimings
    /// Groups whose contribution local government pays in part or whole.
    public var hardshipGroups: [HardshipGroup]
    /// The share of adults a village's pension coverage is to reach, in per-mille (950 = 95 %).
    public var coverageTargetPerMille: Int

    /// What local government pays of a regular yearly contribution for someone in `group`: the group's amount,
    /// at most the lowest tier and the tier paid.
    public func governmentPaidPart(group: String?, tierYuan: Int) -> Money {
        guard let group, let found = hardshipGroups.first(where: { $0.group == group }) else { return .zero }
        return .yuan(min(found.governmentPaysYuanPerYear, lowestTier.yuan, tierYuan))
    }
    /// Where each figure comes from, by field name; local values not found in public sources say "assumed".
    public var sources: [String: String]

    /// The tier paying `yuan` a year, if offered.
    public func tier(yuan: Int) -> PolicyTier? { tiers.first { $0.yuan == yuan } }

    /// The lowest tier.
    public var lowestTier: PolicyTier { tiers[0] }

    /// Whether the table is in force on a day: on or after `effectiveFrom` and, when known, on or before `effectiveUntil`.
    public func isInForce(on day: CivilDate) -> Bool {
        effectiveFrom <= day && (effectiveUntil.map { day <= $0 } ?? true)
    }

    /// Basic pension per month for someone with a number of contribution years.
    public func basicPension(contributionYears: Int) -> Money {
        let extraYears = max(0, contributionYears - minimumContributionYears)
        return .yuan(basicPensionYuanPerMonth + localTopUpYuanPerMonth + extraYears * longServiceYuanPerMonthPerYear)
    }
}
