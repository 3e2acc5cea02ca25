/// Field-by-field checks run when a policy file is loaded.
extension PolicyTable {
    /// Fields that must name their source in `sources`.
    public static let sourcedFields = [
        "schemeStartDate", "tiers", "basicPensionYuanPerMonth", "localTopUpYuanPerMonth",
        "longServiceYuanPerMonthPerYear", "personalAccountDivisor", "minimumContributionYears", "enrolmentMinimumAge",
        "pensionAge", "contributionWindow", "backPayment", "interestRateBasisPoints", "refund", "certification",
        "schemeTimings", "hardshipGroups", "coverageTargetPerMille",
    ]

    /// The first problem found, as (field, problem), or nil when the table is usable.
    public func firstProblem() -> (field: String, problem: PolicyFieldProblem)? {
        if tiers.isEmpty { return ("tiers", .missing) }
        for (index, tier) in tiers.enumerated() {
            if tier.yuan <= 0 { return ("tiers[\(index)].yuan", .notPositive) }
            if tier.subsidyYuan < 0 { return ("tiers[\(index)].subsidyYuan", .outOfRange) }
            if index > 0 && tier.yuan <= tiers[index - 1].yuan { return ("tiers[\(index)].yuan", .notAscending) }
        }
        if basicPensionYuanPerMonth <= 0 { return ("basicPensionYuanPerMonth", .notPositive) }
        if localTopUpYuanPerMonth < 0 { return ("localTopUpYuanPerMonth", .outOfRange) }
        if longServiceYuanPerMonthPerYear < 0 { return ("longServiceYuanPerMonthPerYear", .outOfRange) }
        if personalAccountDivisor <= 0 { return ("personalAccountDivisor", .notPositive) }
        if let until = effectiveUntil, until < effectiveFrom { return ("effectiveUntil", .notAscending) }
        if minimumContributionYears <= 0 { return ("minimumContributionYears", .notPositive) }
        if !(1...30).contains(enrolmentMinimumAge) { return ("enrolmentMinimumAge", .outOfRange) }
        if !(enrolmentMinimumAge...80).contains(pensionAge) { return ("pensionAge", .outOfRange) }
        if ContributionWindow.day(contributionWindow.from, 2001) == nil { return ("contributionWindow.from", .notADate) }
        if ContributionWindow.day(contributionWindow.to, 2001) == nil { return ("contributionWindow.to", .notADate) }
        if contributionWindow.bounds(in: 2001) == nil { return ("contributionWindow", .notAscending) }
        if !(enrolmentMinimumAge...pensionAge).contains(backPayment.fromAge) { return ("backPayment.fromAge", .outOfRange) }
        if backPayment.subsidyYuanPerYear < 0 { return ("backPayment.subsidyYuanPerYear", .outOfRange) }
        if !(0...2000).contains(interestRateBasisPoints) { return ("interestRateBasisPoints", .outOfRange) }
        if certification.validMonths <= 0 { return ("certification.validMonths", .notPositive) }
        if certification.listedDaysBeforeDue < 0 { return ("certification.listedDaysBeforeDue", .outOfRange) }
        if !(0...12).contains(schemeTimings.pensionStartsMonthsAfterClaim) {
            return ("schemeTimings.pensionStartsMonthsAfterClaim", .outOfRange)
        }
        if !(1...60).contains(schemeTimings.approachingPensionMonths) {
            return ("schemeTimings.approachingPensionMonths", .outOfRange)
        }
        for (index, group) in hardshipGroups.enumerated() where group.governmentPaysYuanPerYear <= 0 {
            return ("hardshipGroups[\(index)].governmentPaysYuanPerYear", .notPositive)
        }
        if !(1...1000).contains(coverageTargetPerMille) { return ("coverageTargetPerMille", .outOfRange) }
        if !region.allSatisfy(\.isASCIIDigit) || region.count > 6 { return ("region", .outOfRange) }
        if effectiveUntil != nil && (sources["effectiveUntil"] ?? "").isEmpty { return ("sources.effectiveUntil", .noSource) }
        for field in PolicyTable.sourcedFields where (sources[field] ?? "").isEmpty {
            return ("sources.\(field)", .noSource)
        }
        return nil
    }
}
