/// The coordinator's rosters for a village on a day (coverage, mobilisation, certification, near pension age).
public struct VillageRoster: Hashable, Sendable {
    public var day: CivilDate
    /// Adults counted by `CoverageRule` (living, 16 and over, not full-time students) in a pension scheme, by name.
    public var insuredAdults: [RosterEntry]
    /// Living adults in no pension scheme, by name.
    public var uninsuredAdults: [RosterEntry]
    /// The uninsured adults with a phone number: whom to call (动员名单).
    public var mobilisation: [RosterEntry]
    /// Pensioners due within `listedDaysBeforeDue` days and the due day not yet passed, soonest first.
    public var certificationDue: [RosterEntry]
    /// Pensioners past their due day, or suspended for want of certification, oldest due first.
    public var certificationOverdue: [RosterEntry]
    /// People reaching pension age within 12 months with fewer contribution years than required, soonest first.
    public var approachingPensionAge: [RosterEntry]
    /// The coverage target of the policy table the rosters were made under, in per-mille (950 = 95 %).
    public var coverageTargetPerMille: Int

    /// Coverage among the adults.
    public var coverage: CoverageFigures {
        CoverageFigures(adults: insuredAdults.count + uninsuredAdults.count, insured: insuredAdults.count)
    }

    /// Whether the coverage reaches the table's target.
    public var meetsCoverageTarget: Bool { coverage.meets(targetPerMille: coverageTargetPerMille) }

    /// How many more adults must be insured to reach the table's target.
    public var shortOfCoverageTarget: Int { coverage.short(ofTargetPerMille: coverageTargetPerMille) }

    /// Builds the rosters from every villager's entry.
    ///
    /// Adults and the insured among them: `CoverageRule` under the policy (alive, 16 and over, not a full-time student).
    /// Certification due: drawing a pension and the due day within `policy.certification.listedDaysBeforeDue` days.
    /// Near pension age: the pension-age birthday after the day and at most `schemeTimings.approachingPensionMonths`
    /// (12) months later, not yet drawing a
    /// pension, not terminated, not in the employees' scheme, and fewer years than `BackPaymentPlan.requiredYears`
    /// (15, fewer only for those whose pension age came soon after the scheme started).
    public static func make(entries: [RosterEntry], on day: CivilDate, policy: PolicyTable) -> VillageRoster {
        let living = entries.filter { $0.isAlive(on: day) }
        let adults = CoverageRule(policy: policy).adults(entries, on: day)
        let byName: (RosterEntry, RosterEntry) -> Bool = {
            ($0.person.name, $0.person.id.value) < ($1.person.name, $1.person.id.value)
        }
        let insured = adults.insured.sorted(by: byName)
        let uninsured = adults.uninsured.sorted(by: byName)

        let windowEnd = day.adding(days: policy.certification.listedDaysBeforeDue)
        let byDue: (RosterEntry, RosterEntry) -> Bool = {
            ($0.account.certifiedUntil ?? day, $0.person.id.value) < ($1.account.certifiedUntil ?? day, $1.person.id.value)
        }
        let due = living.filter {
            guard $0.account.status == .receivingPension, let until = $0.account.certifiedUntil else { return false }
            return until >= day && until <= windowEnd
        }.sorted(by: byDue)
        let overdue = living.filter {
            if $0.account.status == .pensionSuspended { return true }
            guard $0.account.status == .receivingPension, let until = $0.account.certifiedUntil else { return false }
            return until < day
        }.sorted(by: byDue)

        let horizon = day.adding(months: policy.schemeTimings.approachingPensionMonths)
        let approaching = living.filter {
            let pensionDay = $0.person.birthDate.anniversary(policy.pensionAge)
            guard pensionDay > day, pensionDay <= horizon, !$0.person.inEmployeeScheme else { return false }
            guard !$0.isPensioner, $0.account.status != .terminated else { return false }
            return $0.contributionYears < BackPaymentPlan.requiredYears(birthDate: $0.person.birthDate, policy: policy)
        }.sorted { ($0.person.birthDate, $0.person.id.value) < ($1.person.birthDate, $1.person.id.value) }

        return VillageRoster(day: day, insuredAdults: insured, uninsuredAdults: uninsured,
                             mobilisation: uninsured.filter { $0.person.phone != nil }, certificationDue: due,
                             certificationOverdue: overdue, approachingPensionAge: approaching,
                             coverageTargetPerMille: policy.coverageTargetPerMille)
    }

    /// Pensioners due or overdue who cannot walk: the home-visit list, overdue first.
    public var homeVisits: [RosterEntry] {
        (certificationOverdue + certificationDue).filter(\.needsHomeVisit)
    }
}
