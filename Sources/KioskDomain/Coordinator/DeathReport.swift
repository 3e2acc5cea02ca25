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
    /// A death report for the person already waits for the county's acceptance.
    case awaitingCounty

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .alreadyRecorded: "death.refusal.alreadyRecorded"
        case .dateInFuture: "death.refusal.dateInFuture"
        case .beforeBirth: "death.refusal.beforeBirth"
        case .awaitingCounty: "acts.death.refusal.awaitingCounty"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .alreadyRecorded(let day), .dateInFuture(let day), .beforeBirth(let day): ["date": day.iso]
        case .awaitingCounty: [:]
        }
    }
}

/// A reported death (死亡报告): the facts and what follows for the pension.
public struct DeathReport: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var diedOn: CivilDate
    public var reportedOn: CivilDate
    public var source: DeathSource
    /// What the report rests on: the kind of document and its number.
    public var evidence: ActEvidence
    /// The last month a pension is due for (the month of death); nil when no pension was paid.
    public var lastPensionMonth: CivilDate?
    /// The first month no pension is due for: the month after the death.
    public var pensionStopsFrom: CivilDate?
    /// Months already paid after the pension stopped (paid before the county accepted the death), to be recovered.
    public var overpaidMonths: Int
    public var overpaidPension: Money
    /// Whether a cancellation (注销登记) now waits for the heir's details.
    public var opensPendingCancellation: Bool

    /// A death report.
    public init(personID: IDNumber, diedOn: CivilDate, reportedOn: CivilDate, source: DeathSource, evidence: ActEvidence,
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

/// Recording a death in two steps: the report waits for the county, and only its acceptance stops the pension.
public struct DeathReportDecision: Hashable, Sendable, Codable {
    /// The report; its pension figures are what acceptance on the day of the report would do.
    public var report: DeathReport
    /// The person as recorded now: at the report unchanged (alive until the county accepts), at acceptance with the
    /// day of death.
    public var person: Person
    /// The account as recorded now: at the report marked `deathReportPending` and paying on, at acceptance with the
    /// pension stopped.
    public var account: InsuranceAccount

    /// Why a death on `diedOn` cannot be reported on `today`, or nil when it can.
    public static func refusal(person: Person, account: InsuranceAccount, diedOn: CivilDate,
                               today: CivilDate) -> DeathReportRefusal? {
        if let recorded = person.diedOn { return .alreadyRecorded(diedOn: recorded) }
        if account.deathReportPending { return .awaitingCounty }
        if diedOn > today { return .dateInFuture(diedOn) }
        if diedOn < person.birthDate { return .beforeBirth(diedOn) }
        return nil
    }

    /// Decides a death reported on `today`: the report is recorded and waits for the county (issue 12 item 4, a
    /// harmful act is two-step); the person stays alive and the account pays on, marked `deathReportPending`.
    /// The report's figures are those `accepted` would give on `today`.
    public static func decide(person: Person, account: InsuranceAccount, diedOn: CivilDate, source: DeathSource,
                              evidence: ActEvidence, today: CivilDate) throws(DeathReportRefusal) -> DeathReportDecision {
        if let refusal = refusal(person: person, account: account, diedOn: diedOn, today: today) { throw refusal }
        let settled = settle(person: person, account: account, diedOn: diedOn, source: source, evidence: evidence,
                             reportedOn: today, decidedOn: today)
        var pending = account
        pending.deathReportPending = true
        return DeathReportDecision(report: settled.report, person: person, account: pending)
    }

    /// What the county's acceptance on `decidedOn` of `report` does: the person has died on the report's day; a
    /// pension is due up to the month of death and stops from the month after, back-dated; payment can only stop
    /// from the month after the acceptance, so the months paid in between are counted as overpaid. A live account
    /// (paying, suspended or drawing a pension) gets a pending cancellation; the cancellation itself needs the heir.
    public static func accepted(_ report: DeathReport, person: Person, account: InsuranceAccount,
                                decidedOn: CivilDate) -> DeathReportDecision {
        var current = account
        current.deathReportPending = false
        let settled = settle(person: person, account: current, diedOn: report.diedOn, source: report.source,
                             evidence: report.evidence, reportedOn: report.reportedOn, decidedOn: max(decidedOn, report.reportedOn))
        var died = person
        died.diedOn = report.diedOn
        return DeathReportDecision(report: settled.report, person: died, account: settled.account)
    }

    private static func settle(person: Person, account: InsuranceAccount, diedOn: CivilDate, source: DeathSource,
                               evidence: ActEvidence, reportedOn: CivilDate,
                               decidedOn: CivilDate) -> (report: DeathReport, account: InsuranceAccount) {
        var next = account
        var lastMonth: CivilDate?
        var stopsFrom: CivilDate?
        var overpaidMonths = 0
        let isPensioner = account.status == .receivingPension || account.status == .pensionSuspended
        if isPensioner {
            let last = diedOn.firstOfMonth
            let stops = last.adding(months: 1)
            var firstUnpaid = max(stops, decidedOn.firstOfMonth.adding(months: 1))
            if account.status == .pensionSuspended, let suspended = account.suspendedFromMonth {
                firstUnpaid = min(firstUnpaid, max(suspended, stops))
            }
            lastMonth = last
            stopsFrom = stops
            overpaidMonths = max(0, stops.months(until: firstUnpaid))
            next.status = .pensionSuspended
            next.suspendedFromMonth = firstUnpaid
        }
        let opensCancellation = account.status != .notEnrolled && account.status != .terminated
        let report = DeathReport(personID: person.id, diedOn: diedOn, reportedOn: reportedOn, source: source,
                                 evidence: evidence, lastPensionMonth: lastMonth, pensionStopsFrom: stopsFrom,
                                 overpaidMonths: overpaidMonths,
                                 overpaidPension: (account.monthlyPension ?? .zero) * overpaidMonths,
                                 opensPendingCancellation: opensCancellation)
        return (report, next)
    }
}

extension DeathReport {
    /// What the receipt of a death report says.
    public var summary: [String: String] {
        ["diedOn": diedOn.iso, "source": source.rawValue, "lastPensionMonth": lastPensionMonth?.iso ?? "",
         "pensionStopsFrom": pensionStopsFrom?.iso ?? "", "overpaidMonths": String(overpaidMonths),
         "evidenceKind": evidence.kind.rawValue, "evidenceNumber": evidence.documentNumber, "county": "pending",
         "overpaid": overpaidPension.yuanText, "pendingCancellation": opensPendingCancellation ? "yes" : "no"]
    }
}
