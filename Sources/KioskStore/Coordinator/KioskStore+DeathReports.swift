import Foundation
import GRDB
import KioskDomain

/// One line of the monthly death report (死亡人员报告).
public struct DeathReportLine: Hashable, Sendable {
    public var person: Person
    public var status: AccountStatus
    public var diedOn: CivilDate
    /// The day the death was recorded at this kiosk; nil for deaths known from imported data only.
    public var reportedOn: CivilDate?
    /// Which record says the person died.
    public var recordedBy: DeathRecordKind
    public var source: DeathSource?
    public var lastPensionMonth: CivilDate?
    public var overpaidPension: Money
    /// A cancellation still waits for the heir's details.
    public var cancellationPending: Bool

    /// The death was recorded in a later month than the month of death (a late report).
    public var isLate: Bool { MonthlyDeathReport.isLate(diedOn: diedOn, reportedOn: reportedOn) }
}

/// A cancellation waiting for the heir's details.
public struct PendingCancellation: Hashable, Sendable {
    public var personID: IDNumber
    public var reason: CancellationReason
    public var effectiveOn: CivilDate
    public var openedOn: CivilDate
}

/// Death reports: recorded as a business event (receipt, audit, outbox), listed by month.
extension KioskStore {
    /// Decides and records a death reported on the day of `instant`; returns the receipt.
    @discardableResult
    public func reportDeath(of personID: IDNumber, diedOn: CivilDate, source: DeathSource, evidence: String,
                            actor: Actor, at instant: Date) throws(CoordinatorStoreError) -> Receipt {
        let person: Person?
        let account: InsuranceAccount
        do {
            person = try self.person(personID)
            account = try self.account(personID)
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
        guard let person else { throw .unknownPerson(personID.masked) }
        let decision: DeathReportDecision
        do {
            decision = try DeathReportDecision.decide(person: person, account: account, diedOn: diedOn, source: source,
                                                      evidence: evidence, today: CivilDate(instant, in: timeZone))
        } catch {
            throw .deathRefused(error)
        }
        do {
            return try record(.deathReport(decision), actor: actor, at: instant)
        } catch {
            if case .unknownPerson(let id) = error { throw .unknownPerson(id) }
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Inserts the report row and, for a live account, the pending cancellation (inside `record`'s transaction).
    func storeDeathReport(_ d: DeathReportDecision, receiptNumber: String, _ db: Database) throws {
        var row = DeathReportRecord(d.report, receiptNumber: receiptNumber)
        try row.insert(db)
        if d.report.opensPendingCancellation {
            var pending = PendingCancellationRecord(
                id: nil, personId: d.person.id.value, reason: CancellationReason.death.rawValue,
                effectiveOn: d.report.diedOn.iso, openedOn: d.report.reportedOn.iso, receiptNumber: receiptNumber)
            try pending.insert(db)
        }
    }

    /// Cancellations opened by death reports whose account is not yet terminated, oldest first.
    public func pendingCancellations() throws -> [PendingCancellation] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.person_id, c.reason, c.effective_on, c.opened_on FROM pending_cancellations c
                JOIN accounts a ON a.person_id = c.person_id
                WHERE a.status <> 'terminated' AND a.cancellation_pending = 0 ORDER BY c.opened_on, c.id
                """)
            return try rows.map { row in
                let key: String = row["person_id"]
                guard let id = try? IDNumber(key), let reason = CancellationReason(rawValue: row["reason"]),
                      let effective = CivilDate(iso: row["effective_on"]), let opened = CivilDate(iso: row["opened_on"]) else {
                    throw StoreError.corruptRow(table: PendingCancellationRecord.databaseTableName, key: key)
                }
                return PendingCancellation(personID: id, reason: reason, effectiveOn: effective, openedOn: opened)
            }
        }
    }

    /// The village's monthly death report: the deaths recorded at this kiosk in `month` (in the kiosk's zone), late
    /// ones included, and deaths known only from imported data that happened in `month`; by day of record, then name.
    ///
    /// A death recorded on 2026-12-02 that happened on 2026-11-28 is in December's report, marked late, and not in
    /// November's (see `MonthlyDeathReport` for the rule).
    public func deaths(villageCode: String, in month: CalendarMonth) throws -> [DeathReportLine] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id_number, a.status, d.reported_on, d.source, d.last_pension_month, d.overpaid_pension_fen,
                       c.reported_on AS cancelled_on, c.last_pension_month AS cancelled_last_month,
                       c.overpaid_pension_fen AS cancelled_overpaid_fen,
                       (SELECT COUNT(*) FROM pending_cancellations pc WHERE pc.person_id = p.id_number) AS pending
                FROM people p
                LEFT JOIN accounts a ON a.person_id = p.id_number
                LEFT JOIN death_reports d ON d.person_id = p.id_number
                LEFT JOIN cancellations c ON c.id = (
                    SELECT MIN(x.id) FROM cancellations x WHERE x.person_id = p.id_number AND x.reason = ?)
                WHERE p.village_code = ? AND p.died_on IS NOT NULL
                """, arguments: [CancellationReason.death.rawValue, villageCode])
            let lines = try rows.map { row -> DeathReportLine in
                let key: String = row["id_number"]
                guard let person = try PersonRecord.fetchOne(db, key: key)?.person(), let died = person.diedOn else {
                    throw StoreError.corruptRow(table: PersonRecord.databaseTableName, key: key)
                }
                let status = (row["status"] as String?).flatMap(AccountStatus.init(rawValue:)) ?? .notEnrolled
                let pendingCount: Int = row["pending"]
                let reported = (row["reported_on"] as String?).flatMap { CivilDate(iso: $0) }
                let cancelled = (row["cancelled_on"] as String?).flatMap { CivilDate(iso: $0) }
                let kind: DeathRecordKind = reported != nil ? .deathReport : cancelled != nil ? .cancellation : .importedData
                let fromReport = kind == .deathReport
                let lastMonth: String? = fromReport ? row["last_pension_month"] : row["cancelled_last_month"]
                let overpaid: Int? = fromReport ? row["overpaid_pension_fen"] : row["cancelled_overpaid_fen"]
                return DeathReportLine(
                    person: person, status: status, diedOn: died, reportedOn: reported ?? cancelled, recordedBy: kind,
                    source: (row["source"] as String?).flatMap(DeathSource.init(rawValue:)),
                    lastPensionMonth: lastMonth.flatMap { CivilDate(iso: $0) },
                    overpaidPension: Money(fen: overpaid ?? 0),
                    cancellationPending: pendingCount > 0 && status != .terminated)
            }
            return lines
                .filter { MonthlyDeathReport.month(reportedOn: $0.reportedOn, diedOn: $0.diedOn) == month }
                .sorted { ($0.reportedOn ?? $0.diedOn, $0.diedOn, $0.person.name, $0.person.id.value)
                    < ($1.reportedOn ?? $1.diedOn, $1.diedOn, $1.person.name, $1.person.id.value) }
        }
    }
}
