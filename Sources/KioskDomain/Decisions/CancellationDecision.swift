/// What is reported when an account is to be cancelled.
public struct CancellationRequest: Hashable, Sendable {
    public var reason: CancellationReason
    /// The day the reason took effect (for death: the day of death).
    public var effectiveOn: CivilDate
    public var evidence: String
    /// The kind of document `evidence` numbers (a cancellation on death records one).
    public var evidenceKind: ActEvidenceKind?
    public var payeeName: String
    public var refundAccount: BankAccount?
    /// On death: whether an heir receives the balance; without one it returns to the fund.
    public var hasHeir: Bool

    /// A request.
    public init(reason: CancellationReason, effectiveOn: CivilDate, evidence: String, payeeName: String,
                refundAccount: BankAccount? = nil, hasHeir: Bool = true, evidenceKind: ActEvidenceKind? = nil) {
        self.hasHeir = hasHeir
        self.evidenceKind = evidenceKind
        self.reason = reason
        self.effectiveOn = effectiveOn
        self.evidence = evidence
        self.payeeName = payeeName
        self.refundAccount = refundAccount
    }
}

/// A cancellation application (注销登记): the figures the county settles once it accepts, and the account
/// marked pending. Nothing is terminated and no money moves at the kiosk.
public struct CancellationDecision: Hashable, Sendable, Codable {
    public var cancellation: Cancellation
    public var account: InsuranceAccount
    /// The person with the day of death recorded when the ground is death.
    public var person: Person

    /// Decides a cancellation application made on a day.
    ///
    /// Only the grounds of `CancellationReason.grounds` are accepted. On death the pension is paid through the
    /// month of death; the months paid after it, at the amount in force each month (`PensionInPayment`), are
    /// deducted from the heir's refund (Decree No. 765 art. 46); with no heir (`hasHeir` false) the balance
    /// returns to the fund, recorded as such. The personal-account balance is inheritable (Guo Fa [2014] No. 8
    /// §6(2)); whether the subsidy part is refunded comes from the policy's `refund`.
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, policies: PolicyBook, request: CancellationRequest,
                              today: CivilDate) -> ServiceOutcome<CancellationDecision> {
        var refusals: [ServiceRefusal] = []
        switch account.status {
        case .notEnrolled: refusals.append(.notEnrolled)
        case .terminated: refusals.append(.accountTerminated)
        default: break
        }
        if !request.reason.isGround { refusals.append(.notACancellationGround) }
        if account.cancellationPending { refusals.append(.cancellationPending) }
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
            // The pension is paid up to the month the ground took effect and stops the month after.
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
            if let payment = PensionInPayment(account: account, contributionYears: history.contributionYears,
                                              region: person.registeredRegion, policies: policies) {
                overpaid = payment.total(from: last.adding(months: 1), through: paidThrough)
            }
        }
        let subsidyRefunded = request.reason == .death ? policy.refund.subsidyOnDeath : policy.refund.subsidyOnOtherReasons
        var refundSubsidy = subsidyRefunded ? subsidyPart : .zero
        var returned = Money.zero
        if request.reason == .death && !request.hasHeir {
            // No heir: the balance, less what was overpaid, returns to the fund.
            returned = max(.zero, personalPart + subsidyPart - overpaid)
            personalPart = .zero
            refundSubsidy = .zero
        }
        let cancellation = Cancellation(
            personID: person.id, reason: request.reason, effectiveOn: request.effectiveOn, reportedOn: today,
            evidence: request.evidence, payeeName: request.payeeName, refundAccount: request.refundAccount,
            refundPersonal: personalPart, refundSubsidy: refundSubsidy,
            lastPensionMonth: lastPensionMonth, overpaidPension: overpaid, returnedToFund: returned, status: .pending)
        var withKind = cancellation
        withKind.evidenceKind = request.evidenceKind
        var next = account
        next.cancellationPending = true
        var updated = person
        if request.reason == .death { updated.diedOn = request.effectiveOn }
        return .decided(CancellationDecision(cancellation: withKind, account: next, person: updated))
    }
}
