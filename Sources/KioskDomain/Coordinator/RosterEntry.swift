/// One villager as the rosters see them: person, account, years contributed, and whether they can come in.
public struct RosterEntry: Hashable, Sendable {
    public var person: Person
    public var account: InsuranceAccount
    /// Distinct years with a contribution.
    public var contributionYears: Int
    /// Cannot walk to the service point: certification and other business by home visit (上门服务).
    public var needsHomeVisit: Bool

    /// An entry.
    public init(person: Person, account: InsuranceAccount, contributionYears: Int = 0, needsHomeVisit: Bool = false) {
        self.person = person
        self.account = account
        self.contributionYears = contributionYears
        self.needsHomeVisit = needsHomeVisit
    }

    /// Alive on the day (a death after it does not count).
    public func isAlive(on day: CivilDate) -> Bool { CoverageRule.isAlive(person, on: day) }

    /// In the residents' scheme with a live account, or in the employees' scheme (`CoverageRule.isInsured`).
    public var isInsured: Bool { CoverageRule.isInsured(person, status: account.status) }

    /// Drawing a pension (paid or suspended).
    public var isPensioner: Bool {
        account.status == .receivingPension || account.status == .pensionSuspended
    }
}

/// A village's coverage against the target.
public struct CoverageFigures: Hashable, Sendable {
    public var adults: Int
    public var insured: Int

    /// Figures.
    public init(adults: Int, insured: Int) {
        self.adults = adults
        self.insured = insured
    }

    public var uninsured: Int { adults - insured }

    /// Insured share in per-mille, rounded down (955 = 95.5 %); 0 when there are no adults.
    public var perMille: Int { adults == 0 ? 0 : insured * 1000 / adults }

    /// Whether the share reaches a target in per-mille (the policy table's `coverageTargetPerMille`, 95 %), compared
    /// exactly, not after rounding.
    public func meets(targetPerMille: Int) -> Bool { insured * 1000 >= adults * targetPerMille }

    /// How many more adults must be insured to reach a target in per-mille.
    public func short(ofTargetPerMille target: Int) -> Int {
        let needed = (adults * target + 999) / 1000
        return max(0, needed - insured)
    }

    /// The share as text with one decimal, e.g. `95.5%`.
    public var percentText: String { CoverageFigures.percentText(perMille: perMille) }

    /// Per-mille as a percentage with one decimal: 955 → `95.5%`.
    public static func percentText(perMille: Int) -> String { "\(perMille / 10).\(perMille % 10)%" }
}
