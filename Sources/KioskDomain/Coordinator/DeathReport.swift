/// Who told the coordinator about a death.
public enum DeathSource: String, Sendable, Codable, CaseIterable {
    /// A family member reported it.
    case relative
    /// The coordinator learned it in the village.
    case coordinator
    /// The village committee (村委会).
    case villageCommittee
    /// A hospital's death certificate.
    case hospital
    /// The police household register (户籍注销).
    case police
    /// Civil affairs, e.g. the funeral record (民政/殡葬).
    case civilAffairs

    /// The message key of the source's display name.
    public var messageKey: String { "death.source.\(rawValue)" }
}

/// Why a death cannot be recorded.
public enum DeathReportRefusal: Error, Hashable, Sendable {
    /// The person's death is already recorded (on the day given).
    case alreadyRecorded(diedOn: CivilDate)
    /// The day of death is after the day of the report.
    case dateInFuture(CivilDate)
    /// The day of death is before the person's birth.
    case beforeBirth(CivilDate)

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .alreadyRecorded: "death.refusal.alreadyRecorded"
        case .dateInFuture: "death.refusal.dateInFuture"
        case .beforeBirth: "death.refusal.beforeBirth"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .alreadyRecorded(let day), .dateInFuture(let day), .beforeBirth(let day): ["date": day.iso]
        }
    }
}

/// A reported death (死亡报告): the facts and what follows for the pension.
public struct DeathReport: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var diedOn: CivilDate
    public var reportedOn: CivilDate
    public var source: DeathSource
    /// What the report rests on, e.g. "death certificate 2026-118" (may be empty).
    public var evidence: String
    /// The last month a pension is due for (the month of death); nil when no pension was paid.
    public var lastPensionMonth: CivilDate?
    /// The first month no pension is due for: the month after the death.
    public var pensionStopsFrom: CivilDate?
    /// Months already paid after the pension stopped (the death was reported late), to be recovered.
    public var overpaidMonths: Int
    public var overpaidPension: Money
    /// Whether a cancellation (注销登记) now waits for the heir's details.
    public var opensPendingCancellation: Bool

    /// A death report.
    public init(personID: IDNumber, diedOn: CivilDate, reportedOn: CivilDate, source: DeathSource, evidence: String,
                lastPensionMonth: CivilDate?, pensionStopsFrom: CivilDate?, overpaidMonths: Int, overpaidPension: Money,
                opensPendingCancellation: Bool) {
        self.personID = personID
        self.diedOn = diedOn
        self.reportedOn = reportedOn
        self.source = source
        self.evidence = evidence
        self.lastPensionMonth = lastPensionMonth
        self.pensionStopsFrom = pensionStopsFrom
        self.overpaidMonths = overpaidMonths
        self.overpaidPension = overpaidPension
        self.opensPendingCancellation = opensPendingCancellation
    }
}

/// Recording a death: the report, the person with the day of death, and the account with payment stopped.
public struct DeathReportDecision: Hashable, Sendable, Codable {
    public var report: DeathReport
    public var person: Person
    public var account: InsuranceAccount

    /// Decides a death reported on `today`.
    ///
    /// A pension is due up to the month of death and stops from the month after. Payment can only stop from the
    /// month after the report, so months paid in between are counted as overpaid. A live account (paying,
    /// suspended or drawing a pension) gets a pending cancellation; the cancellation itself needs the heir.
    public static func decide(person: Person, account: InsuranceAccount, diedOn: CivilDate, source: DeathSource,
                              evidence: String, today: CivilDate) throws(DeathReportRefusal) -> DeathReportDecision {
        if let recorded = person.diedOn { throw .alreadyRecorded(diedOn: recorded) }
        if diedOn > today { throw .dateInFuture(diedOn) }
        if diedOn < person.birthDate { throw .beforeBirth(diedOn) }

        var next = account
        var lastMonth: CivilDate?
        var stopsFrom: CivilDate?
        var overpaidMonths = 0
        let isPensioner = account.status == .receivingPension || account.status == .pensionSuspended
        if isPensioner {
            let last = diedOn.firstOfMonth
            let stops = last.adding(months: 1)
            var firstUnpaid = max(stops, today.firstOfMonth.adding(months: 1))
            if account.status == .pensionSuspended, let suspended = account.suspendedFromMonth {
                firstUnpaid = min(firstUnpaid, max(suspended, stops))
            }
            lastMonth = last
            stopsFrom = stops
            overpaidMonths = max(0, stops.months(until: firstUnpaid))
            next.status = .pensionSuspended
            next.suspendedFromMonth = firstUnpaid
        }
        var updated = person
        updated.diedOn = diedOn
        let opensCancellation = account.status != .notEnrolled && account.status != .terminated
        let report = DeathReport(personID: person.id, diedOn: diedOn, reportedOn: today, source: source,
                                 evidence: evidence, lastPensionMonth: lastMonth, pensionStopsFrom: stopsFrom,
                                 overpaidMonths: overpaidMonths,
                                 overpaidPension: (account.monthlyPension ?? .zero) * overpaidMonths,
                                 opensPendingCancellation: opensCancellation)
        return DeathReportDecision(report: report, person: updated, account: next)
    }
}

extension DeathReport {
    /// What the receipt of a death report says.
    public var summary: [String: String] {
        ["diedOn": diedOn.iso, "source": source.rawValue, "lastPensionMonth": lastPensionMonth?.iso ?? "",
         "pensionStopsFrom": pensionStopsFrom?.iso ?? "", "overpaidMonths": String(overpaidMonths),
         "overpaid": overpaidPension.yuanText, "pendingCancellation": opensPendingCancellation ? "yes" : "no"]
    }
}
