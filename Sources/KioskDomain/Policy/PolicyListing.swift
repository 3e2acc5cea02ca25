/// The policy table in force as text for a county technician checking a kiosk: every value with its source,
/// values not found in public sources marked ASSUMED (`kiosk policy show`).
public enum PolicyListing {
    /// The mark printed after a value whose source says "assumed".
    public static let assumedMark = "[ASSUMED]"
    /// The mark printed after a value known only from a secondary source (reports, not the notice itself).
    public static let secondaryMark = "[SECONDARY SOURCE]"

    /// The lines describing `table`, picked for `region` on `day`.
    public static func lines(_ table: PolicyTable, region: String, on day: CivilDate) -> [String] {
        var lines = [
            "Policy table \(table.name) in force for region \(region) on \(day.iso)",
            "region prefix \"\(table.region)\" (\(table.region.isEmpty ? "nationwide" : "GB/T 2260")), "
                + "in force from \(table.effectiveFrom.iso) "
                + (table.effectiveUntil.map { "until \($0.iso)" } ?? "with no end known"),
            "",
        ]
        for (field, value) in values(table) {
            let source = table.sources[field] ?? ""
            let text = source.lowercased()
            let marks = (text.contains("assumed") ? "  \(assumedMark)" : "")
                + (text.contains("secondary source") ? "  \(secondaryMark)" : "")
            lines.append("\(field) = \(value)" + marks)
            lines.append("    source: \(source.isEmpty ? "(none)" : source)")
        }
        return lines
    }

    /// Each sourced field with its value as text, in the order of `PolicyTable.sourcedFields`.
    static func values(_ t: PolicyTable) -> [(field: String, value: String)] {
        var values: [(String, String)] = []
        if let until = t.effectiveUntil { values.append(("effectiveUntil", until.iso)) }
        for field in PolicyTable.sourcedFields {
            let value: String
            switch field {
            case "schemeStartDate": value = t.schemeStartDate.iso
            case "tiers":
                value = t.tiers.map { "\($0.yuan) (+\($0.subsidyYuan) subsidy)" }.joined(separator: ", ")
                    + " yuan a year"
            case "basicPensionYuanPerMonth": value = "\(t.basicPensionYuanPerMonth) yuan a month"
            case "localTopUpYuanPerMonth": value = "\(t.localTopUpYuanPerMonth) yuan a month"
            case "longServiceYuanPerMonthPerYear":
                value = "\(t.longServiceYuanPerMonthPerYear) yuan a month per year beyond \(t.minimumContributionYears)"
            case "personalAccountDivisor": value = "\(t.personalAccountDivisor) months"
            case "minimumContributionYears": value = "\(t.minimumContributionYears) years"
            case "enrolmentMinimumAge": value = "\(t.enrolmentMinimumAge) years of age"
            case "pensionAge": value = "\(t.pensionAge) years of age"
            case "contributionWindow": value = "\(t.contributionWindow.from) to \(t.contributionWindow.to) each year"
            case "backPayment":
                value = "from age \(t.backPayment.fromAge), subsidy \(t.backPayment.subsidyYuanPerYear) yuan a back-paid year"
            case "interestRateBasisPoints":
                let hundredths = t.interestRateBasisPoints % 100
                value = "\(t.interestRateBasisPoints / 100).\(hundredths < 10 ? "0" : "")\(hundredths) % a year"
            case "refund":
                value = "subsidy refunded on death: \(t.refund.subsidyOnDeath ? "yes" : "no"), "
                    + "on other grounds: \(t.refund.subsidyOnOtherReasons ? "yes" : "no")"
            case "certification":
                value = "next due \(t.certification.validMonths) months after each certification, "
                    + "listed \(t.certification.listedDaysBeforeDue) days before"
            case "schemeTimings":
                let timings = t.schemeTimings
                value = "pension from \(timings.pensionStartsMonthsAfterClaim) month(s) after the claim's month, "
                    + "regular contribution in the pension-age year: "
                    + (timings.regularContributionInPensionAgeYear ? "yes" : "no")
                    + ", near pension age listed \(timings.approachingPensionMonths) months ahead"
            case "hardshipGroups":
                value = t.hardshipGroups.isEmpty ? "none listed"
                    : t.hardshipGroups.map { "\($0.group) \($0.governmentPaysYuanPerYear) yuan a year" }.joined(separator: ", ")
            case "coverageTargetPerMille":
                value = "\(CoverageFigures.percentText(perMille: t.coverageTargetPerMille)) of adults insured"
            default: value = "(not listed)"
            }
            values.append((field, value))
        }
        return values
    }
}
