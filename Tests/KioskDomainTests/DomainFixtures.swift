import Foundation
import KioskAssets
@testable import KioskDomain

/// Shared builders for domain tests: ID numbers, people, accounts and the shipped policy.
enum DomainFixtures {
    static let county = "450124"
    static let village = "450124100210"

    /// A valid ID number for a birth day in the fixture county.
    static func idNumber(born: CivilDate, sequence: Int = 123) -> IDNumber {
        let first17 = county + born.compact + String(format: "%03d", sequence)
        let check = IDNumber.checkCharacter(for: Array(first17))
        return try! IDNumber(first17 + String(check))
    }

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static func person(born: String, sequence: Int = 123) -> Person {
        Person(id: idNumber(born: day(born), sequence: sequence), name: "韦秀英", nationCode: "08", villageCode: village)
    }

    /// The shipped policy book.
    static let book: PolicyBook = try! PolicyBook(folder: KioskAssets.url("policy"))

    /// The Guangxi table in force on a day.
    static func policy(on text: String) -> PolicyTable {
        try! book.table(region: county, on: day(text))
    }

    static func paying(_ person: Person, since: String = "2013-03-01", tier: Int = 200) -> InsuranceAccount {
        InsuranceAccount(personID: person.id, status: .paying, enrolledOn: day(since), tierYuan: tier)
    }

    /// Regular contributions for each year in a range at one tier.
    static func history(_ person: Person, years: ClosedRange<Int>, tier: Int = 200, subsidy: Int = 40) -> ServiceHistory {
        ServiceHistory(contributions: years.map {
            Contribution(personID: person.id, year: $0, tierYuan: tier, personal: .yuan(tier), subsidy: .yuan(subsidy),
                         kind: .regular, channel: .taxOffice, paidOn: CivilDate(year: $0, month: 6, day: 1)!)
        })
    }
}
