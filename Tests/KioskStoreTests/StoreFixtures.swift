import Foundation
import KioskAssets
import KioskDomain
@testable import KioskStore

/// Builders for store tests: a village, people, decisions and instants.
enum StoreFixtures {
    static let village = "450124100210"
    static let county = "450124"
    static let book: PolicyBook = try! PolicyBook(folder: KioskAssets.url("policy"))

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// Noon in China on a day.
    static func instant(_ text: String, hour: Int = 12) -> Date {
        Date(timeIntervalSince1970: Double(day(text).dayNumber * 86_400 + (hour - 8) * 3600))
    }

    static func person(_ sequence: Int, born: String = "1980-05-01") -> Person {
        let first17 = county + day(born).compact + String(format: "%03d", sequence)
        let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
        return Person(id: id, name: "覃\(sequence)", nationCode: "08", villageCode: village)
    }

    static func enrolment(_ person: Person, on text: String, tier: Int = 200) -> EnrolmentDecision {
        let policy = try! book.table(region: county, on: day(text))
        return EnrolmentDecision.decide(person: person, account: .notEnrolled(person.id), history: ServiceHistory(),
                                        policy: policy, request: EnrolmentRequest(tierYuan: tier),
                                        serviceCounty: county, today: day(text)).decision!
    }

    static func contribution(_ person: Person, account: InsuranceAccount, history: ServiceHistory = ServiceHistory(),
                             on text: String) -> ContributionDecision {
        let policy = try! book.table(region: county, on: day(text))
        return ContributionDecision.decide(person: person, account: account, history: history, policy: policy,
                                           request: ContributionRequest(tierYuan: 300, channel: .taxOffice),
                                           today: day(text)).decision!
    }

    /// A fresh temporary database path.
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-test-\(UUID().uuidString).sqlite").path
    }
}
