import GRDB
import KioskDomain

/// A row of `cancellations`.
public struct CancellationRecord: ServiceRecord {
    public static let databaseTableName = "cancellations"
    public var id: Int64?
    public var personId: String
    public var reason: String
    public var effectiveOn: String
    public var reportedOn: String
    public var evidence: String
    public var payeeName: String
    public var refundBank: String?
    public var refundAccount: String?
    public var refundPersonalFen: Int
    public var refundSubsidyFen: Int
    public var lastPensionMonth: String?
    public var overpaidPensionFen: Int
    public var receiptNumber: String?
    /// pending, accepted or refused (`CancellationApplicationStatus`).
    public var applicationStatus: String
    public var returnedToFundFen: Int
    /// The day the county accepted or refused the application.
    public var countyDecidedOn: String?
    public var countyNote: String
    /// The kind of document `evidence` numbers (`ActEvidenceKind`), when one was typed.
    public var evidenceKind: String?

    /// The row of a cancellation.
    public init(_ c: Cancellation, receiptNumber: String?) {
        personId = c.personID.value
        reason = c.reason.rawValue
        effectiveOn = c.effectiveOn.iso
        reportedOn = c.reportedOn.iso
        evidence = c.evidence
        payeeName = c.payeeName
        refundBank = c.refundAccount?.bank
        refundAccount = c.refundAccount?.accountNumber
        refundPersonalFen = c.refundPersonal.fen
        refundSubsidyFen = c.refundSubsidy.fen
        lastPensionMonth = c.lastPensionMonth?.iso
        overpaidPensionFen = c.overpaidPension.fen
        self.receiptNumber = receiptNumber
        applicationStatus = c.status.rawValue
        returnedToFundFen = c.returnedToFund.fen
        countyDecidedOn = nil
        countyNote = ""
        evidenceKind = c.evidenceKind?.rawValue
    }
}
