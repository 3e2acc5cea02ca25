import GRDB
import KioskDomain

/// A village's insurance coverage among living adults (16 and over, not full-time students).
public struct CoverageRate: Hashable, Sendable {
    public var adults: Int
    /// Adults in the residents' scheme (any live status) or in the employees' scheme.
    public var insured: Int

    /// Insured share in per-mille (955 = 95.5 %), 0 when there are no adults.
    public var perMille: Int { adults == 0 ? 0 : insured * 1000 / adults }
}

/// Coverage lists for the coordinator (item 6 of the monthly work).
extension KioskStore {
    /// SQL listing a village's uninsured living adults; arguments: village code, latest birth date of a 16-year-old.
    public static let uninsuredAdultsSQL = """
        SELECT p.id_number, p.name FROM people p LEFT JOIN accounts a ON a.person_id = p.id_number
        WHERE p.village_code = ? AND p.birth_date <= ? AND p.died_on IS NULL
          AND p.is_full_time_student = 0 AND p.in_employee_scheme = 0
          AND (a.status IS NULL OR a.status IN ('notEnrolled', 'terminated'))
        ORDER BY p.name
        """

    /// SQL counting a village's living adults and the insured among them; same arguments.
    public static let coverageSQL = """
        SELECT COUNT(*) AS adults,
               SUM(CASE WHEN p.in_employee_scheme = 1
                         OR a.status IN ('paying', 'paymentSuspended', 'receivingPension', 'pensionSuspended')
                        THEN 1 ELSE 0 END) AS insured
        FROM people p LEFT JOIN accounts a ON a.person_id = p.id_number
        WHERE p.village_code = ? AND p.birth_date <= ? AND p.died_on IS NULL AND p.is_full_time_student = 0
        """

    /// The latest birth date of someone at least `age` on `day` (29 February births count from 1 March).
    static func latestBirthDate(age: Int, on day: CivilDate) -> CivilDate {
        var candidate = CivilDate(year: day.year - age, month: day.month,
                                  day: min(day.day, CivilDate.daysIn(month: day.month, year: day.year - age)))!
        while candidate.age(on: day) < age { candidate = candidate.adding(days: -1) }
        return candidate
    }

    /// Living adults of a village who are in no pension scheme: the mobilisation list.
    public func uninsuredAdults(villageCode: String, on day: CivilDate, minimumAge: Int = 16) throws -> [Person] {
        let latest = KioskStore.latestBirthDate(age: minimumAge, on: day)
        return try database.read { db in
            let ids = try String.fetchAll(db, sql: KioskStore.uninsuredAdultsSQL, arguments: [villageCode, latest.iso])
            return try ids.compactMap { try PersonRecord.fetchOne(db, key: $0)?.person() }
        }
    }

    /// The coverage rate of a village on a day.
    public func coverage(villageCode: String, on day: CivilDate, minimumAge: Int = 16) throws -> CoverageRate {
        let latest = KioskStore.latestBirthDate(age: minimumAge, on: day)
        return try database.read { db in
            let row = try Row.fetchOne(db, sql: KioskStore.coverageSQL, arguments: [villageCode, latest.iso])!
            return CoverageRate(adults: row["adults"] ?? 0, insured: row["insured"] ?? 0)
        }
    }

    /// Pensioners whose certification is due by `day` (overdue included), soonest first.
    public func certificationsDue(by day: CivilDate) throws -> [InsuranceAccount] {
        try database.read { db in
            try AccountRecord.filter(Column("status") == AccountStatus.receivingPension.rawValue
                                     && Column("certified_until") <= day.iso)
                .order(Column("certified_until")).fetchAll(db).map { try $0.account() }
        }
    }
}
