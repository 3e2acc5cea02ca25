import Foundation
import GRDB
import KioskDomain
@testable import KioskStore

/// A hand-checked village of 20 people for the roster tests, looked at on 2026-06-15 under the Guangxi 2025 table
/// (adults from 16, pension at 60, 15 years required, certification window 90 days: up to 2026-09-13).
///
/// | key | born       | account                      | notes                                    |
/// |-----|------------|------------------------------|------------------------------------------|
/// | a   | 1980-05-01 | paying                       | phone                                    |
/// | b   | 1975-03-10 | paying                       |                                          |
/// | c   | 1990-01-01 | paymentSuspended             |                                          |
/// | d   | 1985-07-07 | notEnrolled                  | phone                                    |
/// | e   | 1992-02-02 | notEnrolled                  |                                          |
/// | f   | 1988-08-08 | notEnrolled                  | employees' scheme                        |
/// | g   | 2005-01-10 | notEnrolled                  | full-time student                        |
/// | h   | 2010-06-16 | notEnrolled                  | 16 only tomorrow                         |
/// | i   | 2010-06-15 | notEnrolled                  | 16 today, phone                          |
/// | j   | 1950-03-03 | receivingPension, to 2026-08-01 | cannot walk                           |
/// | k   | 1948-04-04 | receivingPension, to 2026-12-01 | not due yet                           |
/// | l   | 1945-05-05 | receivingPension, to 2026-06-01 | overdue, cannot walk                  |
/// | m   | 1944-09-09 | pensionSuspended from 2026-04  | overdue                                |
/// | n   | 1940-10-10 | receivingPension, to 2026-05-01 | died 2026-05-20                       |
/// | o   | 1966-09-01 | paying, 10 years (2016-2025)  | 60 on 2026-09-01                        |
/// | p   | 1966-12-01 | paying, 14 years (2012-2025)  | 60 on 2026-12-01; 14 years required     |
/// | q   | 1967-07-01 | paying, 5 years               | 60 on 2027-07-01: after 12 months       |
/// | r   | 1967-06-15 | notEnrolled                  | 60 on 2027-06-15: exactly 12 months; phone |
/// | s   | 1970-01-01 | terminated (settled elsewhere) |                                        |
/// | t   | 1980-01-01 | paying                       | dies 2026-07-01, after the day           |
enum FixtureVillage {
    typealias F = StoreFixtures
    static let day = F.day("2026-06-15")
    static var policy: PolicyTable { try! F.book.table(region: F.county, on: day) }
    /// Every shipped policy table.
    static var policies: PolicyBook { F.book }

    struct Row {
        var key: String
        var born: String
        var status: AccountStatus
        var phone = false
        var student = false
        var employee = false
        var certifiedUntil: String?
        var suspendedFrom: String?
        var died: String?
        var years: ClosedRange<Int>?
        var homeVisit = false
    }

    static let rows: [Row] = [
        Row(key: "a", born: "1980-05-01", status: .paying, phone: true),
        Row(key: "b", born: "1975-03-10", status: .paying),
        Row(key: "c", born: "1990-01-01", status: .paymentSuspended),
        Row(key: "d", born: "1985-07-07", status: .notEnrolled, phone: true),
        Row(key: "e", born: "1992-02-02", status: .notEnrolled),
        Row(key: "f", born: "1988-08-08", status: .notEnrolled, employee: true),
        Row(key: "g", born: "2005-01-10", status: .notEnrolled, student: true),
        Row(key: "h", born: "2010-06-16", status: .notEnrolled),
        Row(key: "i", born: "2010-06-15", status: .notEnrolled, phone: true),
        Row(key: "j", born: "1950-03-03", status: .receivingPension, certifiedUntil: "2026-08-01", homeVisit: true),
        Row(key: "k", born: "1948-04-04", status: .receivingPension, certifiedUntil: "2026-12-01", homeVisit: true),
        Row(key: "l", born: "1945-05-05", status: .receivingPension, certifiedUntil: "2026-06-01", homeVisit: true),
        Row(key: "m", born: "1944-09-09", status: .pensionSuspended, certifiedUntil: "2026-03-10", suspendedFrom: "2026-04-01"),
        Row(key: "n", born: "1940-10-10", status: .receivingPension, certifiedUntil: "2026-05-01", died: "2026-05-20",
            homeVisit: true),
        Row(key: "o", born: "1966-09-01", status: .paying, years: 2016...2025),
        Row(key: "p", born: "1966-12-01", status: .paying, years: 2012...2025),
        Row(key: "q", born: "1967-07-01", status: .paying, years: 2021...2025),
        Row(key: "r", born: "1967-06-15", status: .notEnrolled, phone: true),
        Row(key: "s", born: "1970-01-01", status: .terminated),
        Row(key: "t", born: "1980-01-01", status: .paying, died: "2026-07-01"),
    ]

    /// The ID number of the fixture person with a key.
    static func id(_ key: String) -> IDNumber {
        let index = rows.firstIndex { $0.key == key }!
        return F.person(index + 1, born: rows[index].born).id
    }

    /// Writes the village into a store as existing data.
    static func seed(_ store: KioskStore) throws {
        try store.database.write { db in
            for (index, row) in rows.enumerated() {
                var person = F.person(index + 1, born: row.born)
                person.name = "村民" + row.key
                person.phone = row.phone ? try PhoneNumber("1390771\(String(format: "%04d", index))") : nil
                person.isFullTimeStudent = row.student
                person.inEmployeeScheme = row.employee
                person.diedOn = row.died.map(F.day)
                try PersonRecord(person).insert(db)
                if row.homeVisit {
                    try db.execute(sql: "UPDATE people SET needs_home_visit = 1 WHERE id_number = ?", arguments: [person.id.value])
                }
                let pensioner = row.status == .receivingPension || row.status == .pensionSuspended
                let account = InsuranceAccount(
                    personID: person.id, status: row.status, enrolledOn: row.status == .notEnrolled ? nil : F.day("2012-07-01"),
                    tierYuan: row.status == .notEnrolled ? nil : 200,
                    pensionStartMonth: pensioner ? F.day("2012-07-01") : nil,
                    monthlyPension: pensioner ? Money(fen: 20_000) : nil,
                    personalAccountPension: pensioner ? Money(fen: 2_000) : nil,
                    certifiedUntil: row.certifiedUntil.map(F.day), suspendedFromMonth: row.suspendedFrom.map(F.day),
                    terminationReason: row.status == .terminated ? .settledElsewhere : nil)
                try AccountRecord(account).insert(db)
                for year in row.years.map(Array.init) ?? [] {
                    var contribution = ContributionRecord(
                        Contribution(personID: person.id, year: year, tierYuan: 200, personal: .yuan(200),
                                     subsidy: .yuan(40), kind: .regular, channel: .taxOffice,
                                     paidOn: CivilDate(year: year, month: 6, day: 1)!), receiptNumber: nil)
                    try contribution.insert(db)
                }
            }
        }
    }
}
