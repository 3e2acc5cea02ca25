/// Why an account is cancelled (注销登记).
public enum CancellationReason: String, Sendable, Codable, CaseIterable {
    case death
    /// Settled abroad or elsewhere outside the scheme.
    case settledElsewhere
    case joinedEmployeeScheme
    /// Enrolled twice: this account is the duplicate.
    case duplicate
    case other

    /// The message key of the reason's display name.
    public var messageKey: String { "cancellation.reason.\(rawValue)" }
}

/// A cancelled account: why, when, and what is refunded to whom.
public struct Cancellation: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var reason: CancellationReason
    /// The day the reason took effect (e.g. the day of death).
    public var effectiveOn: CivilDate
    public var reportedOn: CivilDate
    /// What proves it (e.g. "death certificate 2025-0412").
    public var evidence: String
    /// Heir or person receiving the refund.
    public var payeeName: String
    public var refundAccount: BankAccount?
    /// Personal contributions with their interest, refunded.
    public var refundPersonal: Money
    /// Subsidy part refunded (policy decides whether it is).
    public var refundSubsidy: Money
    /// Last month a pension is paid for (the month of death), if one was being paid.
    public var lastPensionMonth: CivilDate?
    /// Pension paid for months after the last one, to be recovered.
    public var overpaidPension: Money

    /// A cancellation.
    public init(personID: IDNumber, reason: CancellationReason, effectiveOn: CivilDate, reportedOn: CivilDate,
                evidence: String, payeeName: String, refundAccount: BankAccount?, refundPersonal: Money,
                refundSubsidy: Money, lastPensionMonth: CivilDate?, overpaidPension: Money) {
        self.personID = personID
        self.reason = reason
        self.effectiveOn = effectiveOn
        self.reportedOn = reportedOn
        self.evidence = evidence
        self.payeeName = payeeName
        self.refundAccount = refundAccount
        self.refundPersonal = refundPersonal
        self.refundSubsidy = refundSubsidy
        self.lastPensionMonth = lastPensionMonth
        self.overpaidPension = overpaidPension
    }

    /// Everything refunded.
    public var refund: Money { refundPersonal + refundSubsidy }
}
