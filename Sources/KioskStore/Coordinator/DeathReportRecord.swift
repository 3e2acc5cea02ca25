import GRDB
import KioskDomain

/// A row of `death_reports`.
public struct DeathReportRecord: ServiceRecord {
    public static let databaseTableName = "death_reports"
    public var id: Int64?
    public var personId: String
    public var diedOn: String
    public var reportedOn: String
    public var source: String
    public var evidence: String
    public var lastPensionMonth: String?
    public var pensionStopsFrom: String?
    public var overpaidMonths: Int
    public var overpaidPensionFen: Int
    public var receiptNumber: String?

    /// The row of a report.
    public init(_ r: DeathReport, receiptNumber: String?) {
        personId = r.personID.value
        diedOn = r.diedOn.iso
        reportedOn = r.reportedOn.iso
        source = r.source.rawValue
        evidence = r.evidence
        lastPensionMonth = r.lastPensionMonth?.iso
        pensionStopsFrom = r.pensionStopsFrom?.iso
        overpaidMonths = r.overpaidMonths
        overpaidPensionFen = r.overpaidPension.fen
        self.receiptNumber = receiptNumber
    }
}

/// A row of `pending_cancellations`: a cancellation (注销登记) that waits for the heir's details.
public struct PendingCancellationRecord: ServiceRecord {
    public static let databaseTableName = "pending_cancellations"
    public var id: Int64?
    public var personId: String
    public var reason: String
    public var effectiveOn: String
    public var openedOn: String
    public var receiptNumber: String?
}
