/// Why an account is cancelled (注销登记).
///
/// The grounds are death, settling abroad with loss of Chinese nationality, and already drawing another basic
/// pension (a duplicate) (State Council Guo Fa [2014] No. 8 §6(2) and §8; Decree No. 765). Moving house is a
/// transfer, and joining the employees' scheme keeps both accounts, joined at retirement (人社部发〔2014〕17号).
public enum CancellationReason: String, Sendable, Codable, CaseIterable {
    case death
    /// Settled abroad and lost Chinese nationality.
    case settledAbroad
    /// Already drawing another basic pension (e.g. the employees' scheme): this account is the duplicate.
    case duplicate
    /// Recorded before the grounds were corrected; read from old records, never accepted again.
    case settledElsewhere
    /// Recorded before the grounds were corrected; read from old records, never accepted again.
    case joinedEmployeeScheme
    /// Recorded before the grounds were corrected; read from old records, never accepted again.
    case other

    /// The grounds on which an account can be cancelled, in the order they are offered.
    public static let grounds: [CancellationReason] = [.death, .settledAbroad, .duplicate]

    /// Whether the reason is a ground for cancellation.
    public var isGround: Bool { Self.grounds.contains(self) }

    /// The message key of the reason's display name.
    public var messageKey: String { "cancellation.reason.\(rawValue)" }

    /// The message key naming the evidence the county needs for this ground.
    public var evidenceKey: String { "cancellation.evidence.\(isGround ? rawValue : "other")" }
}

/// Where a cancellation application stands: applied at the kiosk, then accepted or refused by the county.
public enum CancellationApplicationStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case accepted
    case refused

    /// The message key of the status' display name.
    public var messageKey: String { "cancellation.status.\(rawValue)" }
}

/// A cancellation application: why, when, the evidence, and what the county would refund to whom once it
/// accepts; no money moves at the kiosk.
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
    /// Pension paid for months after the last one, deducted from the heir's refund (Decree No. 765 art. 46).
    public var overpaidPension: Money
    /// What returns to the fund because there is no heir (recorded, not paid).
    public var returnedToFund: Money
    /// Pending until the county accepts or refuses the application.
    public var status: CancellationApplicationStatus
    /// The kind of document `evidence` numbers, when the coordinator typed one (a cancellation on death).
    public var evidenceKind: ActEvidenceKind?

    /// A cancellation.
    public init(personID: IDNumber, reason: CancellationReason, effectiveOn: CivilDate, reportedOn: CivilDate,
                evidence: String, payeeName: String, refundAccount: BankAccount?, refundPersonal: Money,
                refundSubsidy: Money, lastPensionMonth: CivilDate?, overpaidPension: Money,
                returnedToFund: Money = .zero, status: CancellationApplicationStatus = .pending) {
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
        self.returnedToFund = returnedToFund
        self.status = status
    }

    /// What the payee receives once the county accepts: both parts less the months overpaid, never below zero.
    public var refund: Money { max(.zero, refundPersonal + refundSubsidy - overpaidPension) }

    /// The overpaid pension the refund does not cover, still to be recovered.
    public var overpaidNotCovered: Money { max(.zero, overpaidPension - refundPersonal - refundSubsidy) }
}
