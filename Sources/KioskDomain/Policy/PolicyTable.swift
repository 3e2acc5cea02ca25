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

/// The personal-account divisor (months) for an age at which the pension starts.
public struct PolicyDivisor: Hashable, Sendable, Codable {
    public var age: Int
    public var months: Int

    /// A divisor.
    public init(age: Int, months: Int) {
        self.age = age
        self.months = months
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

/// Yearly certification rules.
public struct CertificationRule: Hashable, Sendable, Codable {
    /// How long one certification lasts.
    public var validMonths: Int
    /// How many days before the due date a certification is accepted.
    public var opensDaysBeforeDue: Int

    /// A rule.
    public init(validMonths: Int, opensDaysBeforeDue: Int) {
        self.validMonths = validMonths
        self.opensDaysBeforeDue = opensDaysBeforeDue
    }
}

/// The pension policy in force from a day for a region: one dated JSON file in `Assets/policy/`.
public struct PolicyTable: Hashable, Sendable, Codable {
    /// Short identifier, e.g. "guangxi-2025".
    public var name: String
    /// Prefix of the GB/T 2260 codes the table applies to ("" nationwide, "45" Guangxi).
    public var region: String
    public var effectiveFrom: CivilDate
    /// The day the scheme started in the region; people 60 or older then need no contributions.
    public var schemeStartDate: CivilDate
    public var tiers: [PolicyTier]
    /// Central minimum basic pension per month.
    public var basicPensionYuanPerMonth: Int
    /// Regional addition to the basic pension per month.
    public var localTopUpYuanPerMonth: Int
    /// Extra basic pension per month for each contribution year beyond the minimum.
    public var longServiceYuanPerMonthPerYear: Int
    public var divisors: [PolicyDivisor]
    public var minimumContributionYears: Int
    public var enrolmentMinimumAge: Int
    public var pensionAge: Int
    public var contributionWindow: ContributionWindow
    public var backPayment: BackPaymentRule
    /// Yearly interest credited to personal accounts, in basis points (150 = 1.50 %).
    public var interestRateBasisPoints: Int
    public var refund: RefundRule
    public var certification: CertificationRule
    /// Where each figure comes from, by field name; local values not found in public sources say "assumed".
    public var sources: [String: String]

    /// The tier paying `yuan` a year, if offered.
    public func tier(yuan: Int) -> PolicyTier? { tiers.first { $0.yuan == yuan } }

    /// The lowest tier.
    public var lowestTier: PolicyTier { tiers[0] }

    /// The divisor for a starting age: the table's entry, the nearest age below it, or the youngest.
    public func divisor(forAge age: Int) -> Int {
        if let exact = divisors.last(where: { $0.age <= age }) { return exact.months }
        return divisors[0].months
    }

    /// Basic pension per month for someone with a number of contribution years.
    public func basicPension(contributionYears: Int) -> Money {
        let extraYears = max(0, contributionYears - minimumContributionYears)
        return .yuan(basicPensionYuanPerMonth + localTopUpYuanPerMonth + extraYears * longServiceYuanPerMonthPerYear)
    }
}
