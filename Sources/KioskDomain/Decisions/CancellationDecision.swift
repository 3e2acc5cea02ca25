/// What is reported when an account is to be cancelled.
public struct CancellationRequest: Hashable, Sendable {
    public var reason: CancellationReason
    /// The day the reason took effect (for death: the day of death).
    public var effectiveOn: CivilDate
    public var evidence: String
    public var payeeName: String
    public var refundAccount: BankAccount?

    /// A request.
    public init(reason: CancellationReason, effectiveOn: CivilDate, evidence: String, payeeName: String,
                refundAccount: BankAccount? = nil) {
        self.reason = reason
        self.effectiveOn = effectiveOn
        self.evidence = evidence
        self.payeeName = payeeName
        self.refundAccount = refundAccount
    }
}

/// A cancellation (注销登记): the refund, when the pension stops, and the terminated account.
public struct CancellationDecision: Hashable, Sendable, Codable {
    public var cancellation: Cancellation
    public var account: InsuranceAccount
    /// The person with the day of death recorded when the reason is death.
    public var person: Person

    /// Decides a cancellation reported on a day.
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, request: CancellationRequest,
                              today: CivilDate) -> ServiceOutcome<CancellationDecision> {
        var refusals: [ServiceRefusal] = []
        switch account.status {
        case .notEnrolled: refusals.append(.notEnrolled)
        case .terminated: refusals.append(.accountTerminated)
        default: break
        }
        if account.transferPending && request.reason != .death { refusals.append(.transferPending) }
        if request.effectiveOn > today { refusals.append(.dateInFuture(request.effectiveOn)) }
        guard refusals.isEmpty else { return .refused(refusals) }

        let balance = PersonalAccount.balance(of: history.contributions, on: today,
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        var personalPart = balance.personal
        var subsidyPart = balance.subsidy
        var lastPensionMonth: CivilDate?
        var overpaid = Money.zero
        let isPensioner = account.status == .receivingPension || account.status == .pensionSuspended
        if isPensioner, let start = account.pensionStartMonth {
            // The pension is paid up to the month the reason took effect and stops the month after.
            let last = request.effectiveOn.firstOfMonth
            lastPensionMonth = last
            let monthsDrawn = max(0, start.months(until: last) + 1)
            let drawn = (account.personalAccountPension ?? .zero) * monthsDrawn
            let remaining = max(.zero, balance.total - drawn)
            if balance.total.fen > 0 {
                personalPart = Money(fen: remaining.fen * balance.personal.fen / balance.total.fen)
                subsidyPart = remaining - personalPart
            }
            // Months already paid after the last one, up to this month, unless payment was suspended.
            let paidThrough = account.status == .pensionSuspended
                ? (account.suspendedFromMonth ?? today.firstOfMonth).adding(months: -1)
                : today.firstOfMonth
            let overpaidMonths = max(0, last.months(until: paidThrough))
            overpaid = (account.monthlyPension ?? .zero) * overpaidMonths
        }
        let subsidyRefunded = request.reason == .death ? policy.refund.subsidyOnDeath : policy.refund.subsidyOnOtherReasons
        let cancellation = Cancellation(
            personID: person.id, reason: request.reason, effectiveOn: request.effectiveOn, reportedOn: today,
            evidence: request.evidence, payeeName: request.payeeName, refundAccount: request.refundAccount,
            refundPersonal: personalPart, refundSubsidy: subsidyRefunded ? subsidyPart : .zero,
            lastPensionMonth: lastPensionMonth, overpaidPension: overpaid)
        var next = account
        next.status = .terminated
        next.terminationReason = request.reason
        next.transferPending = false
        var updated = person
        if request.reason == .death { updated.diedOn = request.effectiveOn }
        if request.reason == .joinedEmployeeScheme { updated.inEmployeeScheme = true }
        return .decided(CancellationDecision(cancellation: cancellation, account: next, person: updated))
    }
}
