import Foundation
import GRDB
import KioskAssets
import KioskDomain
import KioskStore

extension StoreBenchmark {
    /// Synthetic township data for the benchmark: people of all ages, accounts of every status, yearly contributions.
    enum Township {
        static func policy(today: CivilDate) throws -> PolicyTable {
            try PolicyBook(folder: KioskAssets.url("policy")).table(region: county, on: today)
        }

        /// Inserts the township in one transaction (a bulk load, not business events); returns the counts.
        static func generate(into store: KioskStore, people: Int, villages: Int, years: ClosedRange<Int>,
                             today: CivilDate) throws -> (people: Int, contributions: Int) {
            var random = SystemRandomNumberGenerator()
            var contributions = 0
            try store.database.write { db in
                let insertPerson = try db.makeStatement(sql: """
                    INSERT INTO people (id_number, name, sex, nation_code, birth_date, registered_region, village_code,
                    phone, address, card_uid, is_full_time_student, in_employee_scheme, died_on)
                    VALUES (?, ?, ?, '08', ?, ?, ?, NULL, '', NULL, ?, ?, NULL)
                    """)
                let insertAccount = try db.makeStatement(sql: """
                    INSERT INTO accounts (person_id, status, enrolled_on, tier_yuan, certified_until, transfer_pending)
                    VALUES (?, ?, ?, ?, ?, 0)
                    """)
                let insertContribution = try db.makeStatement(sql: """
                    INSERT INTO contributions (person_id, year, tier_yuan, personal_fen, subsidy_fen, kind, channel, paid_on)
                    VALUES (?, ?, ?, ?, ?, 'regular', 'taxOffice', ?)
                    """)
                var used = Set<String>()
                for index in 0..<people {
                    let age = Int.random(in: 10...95, using: &random)
                    let born = CivilDate(year: today.year - age, month: 1, day: 1)!.adding(days: Int.random(in: 0...364, using: &random))
                    var id = ""
                    repeat {
                        let first17 = county + born.compact + String(format: "%03d", Int.random(in: 0...999, using: &random))
                        id = first17 + String(IDNumber.checkCharacter(for: Array(first17)))
                    } while !used.insert(id).inserted
                    let villageCode = county + String(format: "100%03d", 201 + index % villages)
                    let student = (16...22).contains(age) && Int.random(in: 0..<4, using: &random) == 0
                    let employee = !student && (23...59).contains(age) && Int.random(in: 0..<12, using: &random) == 0
                    try insertPerson.execute(arguments: [id, "覃\(index)", Int(id.dropLast().suffix(1))! % 2 == 1 ? "male" : "female",
                                                         born.iso, county, villageCode, student, employee])
                    let status: AccountStatus
                    if age < 16 || student || employee || Int.random(in: 0..<10, using: &random) == 0 {
                        status = .notEnrolled
                    } else if age >= 60 {
                        status = .receivingPension
                    } else {
                        status = Int.random(in: 0..<12, using: &random) == 0 ? .paymentSuspended : .paying
                    }
                    let tier = [100, 200, 300, 500][Int.random(in: 0..<4, using: &random)]
                    try insertAccount.execute(arguments: [
                        id, status.rawValue, status == .notEnrolled ? nil : "2015-03-01", status == .notEnrolled ? nil : tier,
                        status == .receivingPension ? today.adding(days: Int.random(in: -30...330, using: &random)).iso : nil,
                    ])
                    guard status == .paying || status == .paymentSuspended else { continue }
                    for year in years where year < born.year + 60 && year >= born.year + 16 {
                        try insertContribution.execute(arguments: [id, year, tier, tier * 100, 3000,
                                                                   CivilDate(year: year, month: 5, day: 1)!.iso])
                        contributions += 1
                    }
                }
            }
            return (people, contributions)
        }

        /// Uninsured adults of other villages than `village` (which the queries measure), to enrol in the timed events.
        static func uninsured(_ store: KioskStore, except village: String, today: CivilDate, count: Int) throws -> [Person] {
            var people: [Person] = []
            for code in (201...240).reversed().map({ county + String(format: "100%03d", $0) }) where code != village {
                people += try store.uninsuredAdults(villageCode: code, on: today)
                if people.count >= count { break }
            }
            return Array(people.prefix(count))
        }
    }
}
