import Foundation
import GRDB
import KioskDomain

/// Monthly labour-force records: each entry a new version, never an overwrite.
extension KioskStore {
    /// Stores a record as the next version of its person and month (the version it carries is replaced by the next
    /// free one), with an audit entry; returns the stored record.
    @discardableResult
    public func saveLabourForce(_ record: LabourForceRecord) throws(StoreError) -> LabourForceRecord {
        try saveLabourForce([record]).first!
    }

    /// Stores several records in one transaction (the coordinator's monthly confirmations), each as its next version.
    @discardableResult
    public func saveLabourForce(_ records: [LabourForceRecord]) throws(StoreError) -> [LabourForceRecord] {
        do {
            return try database.write { db in
                var stored: [LabourForceRecord] = []
                for var record in records {
                    let latest = try Int.fetchOne(db, sql: """
                        SELECT MAX(version) FROM labour_force_records WHERE person_id = ? AND month = ?
                        """, arguments: [record.personID.value, record.month.iso]) ?? 0
                    record.version = latest + 1
                    try db.execute(sql: """
                        INSERT INTO labour_force_records (person_id, month, version, status, place, industry, occupation,
                            wants_job, training_trade, income, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [record.personID.value, record.month.iso, record.version, record.status.code,
                                         record.place?.code, record.industry?.rawValue, record.occupation?.code,
                                         record.wantsJob, record.trainingTrade, record.income.rawValue, record.recordedBy,
                                         Timestamp.text(record.recordedAt)])
                    try AuditChain.append(db, recordedAt: Timestamp.text(record.recordedAt), actor: record.recordedBy,
                                          personId: record.personID.value, action: "labourForceRecorded", receiptNumber: nil,
                                          detail: JSONText.encode(["month": record.month.iso, "version": String(record.version),
                                                                   "status": record.status.code]))
                    stored.append(record)
                }
                return stored
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Every version of every record through a month (all months when nil).
    public func labourForceHistory(through month: CalendarMonth? = nil) throws -> LabourForceHistory {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM labour_force_records WHERE month <= ? ORDER BY person_id, month, version
                """, arguments: [month?.iso ?? "9999-12"])
            return LabourForceHistory(rows.compactMap(Self.labourForceRecord))
        }
    }

    /// Every version of one person's records, oldest first (what the correction history shows).
    public func labourForceVersions(_ person: IDNumber) throws -> [LabourForceRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM labour_force_records WHERE person_id = ? ORDER BY month, version",
                             arguments: [person.value]).compactMap(Self.labourForceRecord)
        }
    }

    /// The day each person's first version of a month's record was entered, in the store's zone.
    public func labourForceFirstEntered(_ month: CalendarMonth) throws -> [IDNumber: CivilDate] {
        let zone = timeZone
        return try database.read { db in
            var found: [IDNumber: CivilDate] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT person_id, MIN(recorded_at) AS first FROM labour_force_records WHERE month = ? GROUP BY person_id
                """, arguments: [month.iso]) {
                guard let id = try? IDNumber(row["person_id"] as String), let at = Timestamp.date(row["first"]) else { continue }
                found[id] = CivilDate(at, in: zone)
            }
            return found
        }
    }

    /// The village's people of working age on a day (`WorkingAgeRule`), still working read from their latest record.
    public func labourForcePeople(on day: CivilDate, history: LabourForceHistory) throws -> [Person] {
        let month = CalendarMonth(day)
        return try people(villageCode: villageCode).filter { person in
            let working = history.latest(person.id, onOrBefore: month)?.status.hasWork ?? false
            return WorkingAgeRule.isCovered(person, on: day, stillWorking: working)
        }
    }

    /// The deadline tracker for a month's records on a day.
    public func labourForceDeadline(_ month: CalendarMonth, on day: CivilDate) throws -> LabourForceDeadlineStatus {
        let history = try labourForceHistory(through: month)
        let covered = try labourForcePeople(on: month.lastDay, history: history).map(\.id)
        return LabourForceDeadlineStatus(month: month, on: day, covered: covered, firstEntered: try labourForceFirstEntered(month))
    }

    static func labourForceRecord(_ row: Row) -> LabourForceRecord? {
        guard let id = try? IDNumber(row["person_id"] as String), let month = CalendarMonth(iso: row["month"]),
              let status = EmploymentStatus(code: row["status"]), let at = Timestamp.date(row["recorded_at"]) else { return nil }
        return LabourForceRecord(
            personID: id, month: month, version: row["version"], status: status,
            place: (row["place"] as String?).flatMap(PlaceOfWork.init(code:)),
            industry: (row["industry"] as String?).flatMap(IndustrySection.init(rawValue:)),
            occupation: (row["occupation"] as String?).flatMap(OccupationCode.init(code:)),
            wantsJob: row["wants_job"], trainingTrade: row["training_trade"],
            income: IncomeBand(rawValue: row["income"]) ?? .none, recordedBy: row["recorded_by"], recordedAt: at)
    }
}
