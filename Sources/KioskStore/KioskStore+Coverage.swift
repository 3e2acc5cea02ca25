import GRDB
import KioskDomain

/// A village's insurance coverage: the same figures as the rosters', counted by `CoverageRule`.
public typealias CoverageRate = CoverageFigures

/// Coverage lists for the coordinator (item 6 of the monthly work), counted by the domain's `CoverageRule`.
extension KioskStore {
    /// SQL reading every person of a village with their account status (NULL when never enrolled), by name;
    /// argument: the village code. Who of them counts, and as insured, is `CoverageRule`'s to say.
    public static let coverageRowsSQL = """
        SELECT p.*, a.status AS account_status FROM people p LEFT JOIN accounts a ON a.person_id = p.id_number
        WHERE p.village_code = ? ORDER BY p.name, p.id_number
        """

    /// Every person of a village with their account status, by name.
    func coverageRows(villageCode: String) throws -> [(person: Person, status: AccountStatus)] {
        try database.read { db in
            try Row.fetchAll(db, sql: KioskStore.coverageRowsSQL, arguments: [villageCode]).map { row in
                let status: String? = row["account_status"]
                return (try PersonRecord(row: row).person(),
                        status.flatMap(AccountStatus.init(rawValue:)) ?? .notEnrolled)
            }
        }
    }

    /// Adults of a village who are in no pension scheme on the day: the mobilisation list, by name.
    public func uninsuredAdults(villageCode: String, on day: CivilDate, minimumAge: Int = 16) throws -> [Person] {
        let rule = CoverageRule(minimumAge: minimumAge)
        return try coverageRows(villageCode: villageCode).filter {
            rule.countsAsAdult($0.person, on: day) && !CoverageRule.isInsured($0.person, status: $0.status)
        }.map(\.person)
    }

    /// The coverage of a village on a day.
    public func coverage(villageCode: String, on day: CivilDate, minimumAge: Int = 16) throws -> CoverageRate {
        let rule = CoverageRule(minimumAge: minimumAge)
        let adults = try coverageRows(villageCode: villageCode).filter { rule.countsAsAdult($0.person, on: day) }
        return CoverageRate(adults: adults.count,
                            insured: adults.filter { CoverageRule.isInsured($0.person, status: $0.status) }.count)
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
