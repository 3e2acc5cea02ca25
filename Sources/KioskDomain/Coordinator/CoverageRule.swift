/// Who counts for a village's insurance coverage: the one rule behind the rosters and the store's figures.
///
/// An adult for coverage is alive on the day (a death recorded for a later day does not count yet),
/// at least `minimumAge` on the day (16: the enrolment age), and not a full-time student (students are
/// not expected to enrol). An adult is insured when in the employees' scheme, or in the residents'
/// scheme with a live account: paying, payment suspended, drawing a pension, or pension suspended.
/// Not enrolled and terminated (cancelled, transferred out, dead) count as uninsured.
public struct CoverageRule: Hashable, Sendable {
    /// The youngest age counted, normally the policy's enrolment age.
    public var minimumAge: Int

    /// A rule counting adults from `minimumAge`.
    public init(minimumAge: Int = 16) {
        self.minimumAge = minimumAge
    }

    /// The rule under a policy table: adults from its enrolment age.
    public init(policy: PolicyTable) {
        self.init(minimumAge: policy.enrolmentMinimumAge)
    }

    /// Whether the person counts among the adults on the day.
    public func countsAsAdult(_ person: Person, on day: CivilDate) -> Bool {
        Self.isAlive(person, on: day) && person.age(on: day) >= minimumAge && !person.isFullTimeStudent
    }

    /// Alive on the day: no death recorded, or one recorded for a later day.
    public static func isAlive(_ person: Person, on day: CivilDate) -> Bool {
        person.diedOn.map { $0 > day } ?? true
    }

    /// Whether a person with an account in `status` is insured (in either scheme).
    public static func isInsured(_ person: Person, status: AccountStatus) -> Bool {
        if person.inEmployeeScheme { return true }
        switch status {
        case .paying, .paymentSuspended, .receivingPension, .pensionSuspended: return true
        case .notEnrolled, .terminated: return false
        }
    }

    /// The adults among the entries, insured first then uninsured, each in the entries' order.
    public func adults(_ entries: [RosterEntry], on day: CivilDate) -> (insured: [RosterEntry], uninsured: [RosterEntry]) {
        let adults = entries.filter { countsAsAdult($0.person, on: day) }
        return (adults.filter(\.isInsured), adults.filter { !$0.isInsured })
    }

    /// The coverage figures of the entries on the day.
    public func figures(_ entries: [RosterEntry], on day: CivilDate) -> CoverageFigures {
        let split = adults(entries, on: day)
        return CoverageFigures(adults: split.insured.count + split.uninsured.count, insured: split.insured.count)
    }
}
