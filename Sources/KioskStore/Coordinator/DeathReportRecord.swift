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
    /// The kind of document `evidence` numbers (`ActEvidenceKind`); nil in reports recorded before kinds were asked.
    public var evidenceKind: String?
    /// pending, accepted or refused by the county (`CancellationApplicationStatus`).
    public var countyStatus: String
    /// The county's reason when it refused.
    public var countyReason: String?
    /// The day the county decided.
    public var countyDecidedOn: String?

    /// The row of a report, waiting for the county.
    public init(_ r: DeathReport, receiptNumber: String?) {
        personId = r.personID.value
        diedOn = r.diedOn.iso
        reportedOn = r.reportedOn.iso
        source = r.source.rawValue
        evidence = r.evidence.documentNumber
        evidenceKind = r.evidence.kind.rawValue
        countyStatus = CancellationApplicationStatus.pending.rawValue
        lastPensionMonth = r.lastPensionMonth?.iso
        pensionStopsFrom = r.pensionStopsFrom?.iso
        overpaidMonths = r.overpaidMonths
        overpaidPensionFen = r.overpaidPension.fen
        self.receiptNumber = receiptNumber
    }

    /// The report this row holds, as recorded (its pension figures those of the day of the report).
    public func report() throws(StoreError) -> DeathReport {
        guard let id = try? IDNumber(personId), let died = CivilDate(iso: diedOn), let reported = CivilDate(iso: reportedOn),
              let source = DeathSource(rawValue: source) else {
            throw .corruptRow(table: Self.databaseTableName, key: personId)
        }
        let kind = evidenceKind.flatMap(ActEvidenceKind.init(rawValue:)) ?? .relativeStatement
        return DeathReport(personID: id, diedOn: died, reportedOn: reported, source: source,
                           evidence: ActEvidence(kind: kind, documentNumber: evidence),
                           lastPensionMonth: lastPensionMonth.flatMap { CivilDate(iso: $0) },
                           pensionStopsFrom: pensionStopsFrom.flatMap { CivilDate(iso: $0) },
                           overpaidMonths: overpaidMonths, overpaidPension: Money(fen: overpaidPensionFen),
                           opensPendingCancellation: false)
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
