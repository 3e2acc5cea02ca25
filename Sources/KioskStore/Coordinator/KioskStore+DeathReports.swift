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
    /// Where the county stands on the record: pending, accepted or refused (deaths known from imported data are
    /// the county's own, accepted).
    public var countyStatus: CancellationApplicationStatus = .accepted
    /// The county's reason when it refused.
    public var countyReason: String?

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
    /// Decides and records a death reported on the day of `instant`; returns the receipt. The report waits for the
    /// county: the person and the pension change only when the county accepts it (`applyCountyDecision`).
    @discardableResult
    public func reportDeath(of personID: IDNumber, diedOn: CivilDate, source: DeathSource, evidence: ActEvidence,
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

    /// Inserts the report row, waiting for the county (inside `record`'s transaction). A report the county refused
    /// before gives way to the new one; the refusal stays in the audit chain and the county's decisions.
    func storeDeathReport(_ d: DeathReportDecision, receiptNumber: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM death_reports WHERE person_id = ? AND county_status = 'refused'",
                       arguments: [d.person.id.value])
        var row = DeathReportRecord(d.report, receiptNumber: receiptNumber)
        try row.insert(db)
    }

    /// The county's decision on the death report recorded under `receiptNumber`, inside `applyCountyDecision`'s
    /// transaction. Accepted: the person has died, the pension stops back-dated to the month after death with the
    /// months paid since counted as overpaid (`DeathReportDecision.accepted`), and a live account gets its pending
    /// cancellation. Refused: the account is as before, no longer marked, and the report keeps the county's reason.
    /// A report no longer pending (decided already) is left alone.
    func applyDeathReportDecision(accepted: Bool, reason: String?, decidedOn: CivilDate, receiptNumber: String,
                                  _ db: Database) throws {
        guard var row = try DeathReportRecord
            .filter(Column("receipt_number") == receiptNumber && Column("county_status") == "pending")
            .fetchOne(db) else { return }
        guard let personRow = try PersonRecord.fetchOne(db, key: row.personId),
              let accountRow = try AccountRecord.fetchOne(db, key: row.personId) else {
            throw StoreError.corruptRow(table: DeathReportRecord.databaseTableName, key: row.personId)
        }
        var account = try accountRow.account()
        row.countyDecidedOn = decidedOn.iso
        guard accepted else {
            account.deathReportPending = false
            try AccountRecord(account).update(db)
            row.countyStatus = CancellationApplicationStatus.refused.rawValue
            row.countyReason = reason
            try row.update(db)
            return
        }
        let decision = DeathReportDecision.accepted(try row.report(), person: try personRow.person(), account: account,
                                                    decidedOn: decidedOn)
        try PersonRecord(decision.person).update(db)
        try AccountRecord(decision.account).update(db)
        var settled = DeathReportRecord(decision.report, receiptNumber: receiptNumber)
        settled.id = row.id
        settled.countyStatus = CancellationApplicationStatus.accepted.rawValue
        settled.countyDecidedOn = decidedOn.iso
        try settled.update(db)
        if decision.report.opensPendingCancellation {
            try db.execute(sql: """
                INSERT INTO pending_cancellations (person_id, reason, effective_on, opened_on, receipt_number)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO NOTHING
                """, arguments: [row.personId, CancellationReason.death.rawValue, decision.report.diedOn.iso,
                                 decidedOn.iso, receiptNumber])
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
                SELECT p.id_number, a.status, d.died_on AS reported_died_on, d.reported_on, d.source, d.last_pension_month,
                       d.overpaid_pension_fen, d.county_status, d.county_reason,
                       c.reported_on AS cancelled_on, c.effective_on AS cancelled_died_on, c.last_pension_month AS cancelled_last_month,
                       c.overpaid_pension_fen AS cancelled_overpaid_fen, c.application_status AS cancelled_status,
                       c.county_note AS cancelled_note,
                       (SELECT COUNT(*) FROM pending_cancellations pc WHERE pc.person_id = p.id_number) AS pending
                FROM people p
                LEFT JOIN accounts a ON a.person_id = p.id_number
                LEFT JOIN death_reports d ON d.person_id = p.id_number
                LEFT JOIN cancellations c ON c.id = (
                    SELECT MIN(x.id) FROM cancellations x WHERE x.person_id = p.id_number AND x.reason = ?)
                WHERE p.village_code = ? AND (p.died_on IS NOT NULL OR d.id IS NOT NULL OR c.id IS NOT NULL)
                """, arguments: [CancellationReason.death.rawValue, villageCode])
            let lines = try rows.map { row -> DeathReportLine in
                let key: String = row["id_number"]
                // A death waiting for the county (or refused by it) is on the report, the person not yet dead.
                guard let person = try PersonRecord.fetchOne(db, key: key)?.person(),
                      let died = person.diedOn ?? (row["reported_died_on"] as String?).flatMap({ CivilDate(iso: $0) })
                        ?? (row["cancelled_died_on"] as String?).flatMap({ CivilDate(iso: $0) }) else {
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
                let statusText: String? = fromReport ? row["county_status"] : kind == .cancellation ? row["cancelled_status"] : nil
                let note: String? = fromReport ? row["county_reason"] : kind == .cancellation ? row["cancelled_note"] : nil
                return DeathReportLine(
                    person: person, status: status, diedOn: died, reportedOn: reported ?? cancelled, recordedBy: kind,
                    source: (row["source"] as String?).flatMap(DeathSource.init(rawValue:)),
                    lastPensionMonth: lastMonth.flatMap { CivilDate(iso: $0) },
                    overpaidPension: Money(fen: overpaid ?? 0),
                    cancellationPending: pendingCount > 0 && status != .terminated,
                    countyStatus: statusText.flatMap(CancellationApplicationStatus.init(rawValue:)) ?? .accepted,
                    countyReason: note.flatMap { $0.isEmpty ? nil : $0 })
            }
            return lines
                .filter { MonthlyDeathReport.month(reportedOn: $0.reportedOn, diedOn: $0.diedOn) == month }
                .sorted { ($0.reportedOn ?? $0.diedOn, $0.diedOn, $0.person.name, $0.person.id.value)
                    < ($1.reportedOn ?? $1.diedOn, $1.diedOn, $1.person.name, $1.person.id.value) }
        }
    }
}
