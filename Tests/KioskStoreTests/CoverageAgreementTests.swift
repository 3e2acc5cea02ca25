import GRDB
import KioskDomain
import Testing
@testable import KioskStore

struct CoverageAgreementTests {
    typealias F = StoreFixtures

    static let today = F.day("2025-03-14")
    static let student = F.person(8, born: "2005-01-01")
    static let sixteenToday = F.person(9, born: "2009-03-14")
    static let sixteenTomorrow = F.person(10, born: "2009-03-15")

    /// A village with every edge case of the coverage rule; the names say who should count.
    static func village() throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let at = F.instant("2025-03-01")
        let enrolled: [(Person, String?)] = [
            (F.person(1), nil),                        // paying: insured adult
            (F.person(3), "terminated"),               // cancelled: uninsured adult
            (F.person(4), "paymentSuspended"),         // insured adult
            (F.person(5), "pensionSuspended"),         // insured adult
            (F.person(6), nil),                        // dead before today: not counted
            (F.person(7), nil),                        // dies after today: still an insured adult today
        ]
        for (person, status) in enrolled {
            try store.record(.enrolment(F.enrolment(person, on: "2025-03-01")), actor: .selfService, at: at)
            if let status {
                try store.database.write { db in
                    try db.execute(sql: "UPDATE accounts SET status = ? WHERE person_id = ?", arguments: [status, person.id.value])
                }
            }
        }
        try store.database.write { db in
            try db.execute(sql: "UPDATE people SET died_on = '2025-02-01' WHERE id_number = ?", arguments: [F.person(6).id.value])
            try db.execute(sql: "UPDATE people SET died_on = '2025-04-01' WHERE id_number = ?", arguments: [F.person(7).id.value])
        }
        var employee = F.person(2)
        employee.inEmployeeScheme = true                       // employees' scheme: insured adult
        var student = Self.student
        student.isFullTimeStudent = true                       // full-time student: not counted
        let sixteenToday = Self.sixteenToday                   // uninsured adult from today
        let sixteenTomorrow = Self.sixteenTomorrow             // not yet an adult
        let neverEnrolled = F.person(11)                       // uninsured adult
        for person in [employee, student, sixteenToday, sixteenTomorrow, neverEnrolled] {
            try store.record(.registration(person), actor: .selfService, at: at)
        }
        return store
    }

    @Test func theStoresFiguresAndTheRosterCountTheSameAdultsAndInsured() throws {
        let store = try Self.village()
        let policy = try F.book.table(region: F.county, on: Self.today)
        let roster = try store.roster(villageCode: F.village, on: Self.today, policy: policy)
        let figures = try store.coverage(villageCode: F.village, on: Self.today, minimumAge: policy.enrolmentMinimumAge)
        #expect(figures == roster.coverage)
        #expect(figures == CoverageRate(adults: 8, insured: 5))
        let uninsured = try store.uninsuredAdults(villageCode: F.village, on: Self.today).map(\.id)
        #expect(uninsured == roster.uninsuredAdults.map(\.person.id))
        #expect(Set(uninsured) == Set([F.person(3), Self.sixteenToday, F.person(11)].map(\.id)))
        #expect(Set(roster.insuredAdults.map(\.person.id)) == Set([1, 2, 4, 5, 7].map { F.person($0).id }))
    }

    @Test func theRuleItselfDecidesEachEdgeCase() throws {
        let rule = CoverageRule(minimumAge: 16)
        var student = Self.student
        student.isFullTimeStudent = true
        var dead = F.person(6)
        dead.diedOn = F.day("2025-03-14")
        var employee = F.person(2)
        employee.inEmployeeScheme = true
        #expect(rule.countsAsAdult(Self.sixteenToday, on: Self.today))
        #expect(!rule.countsAsAdult(Self.sixteenTomorrow, on: Self.today))
        #expect(!rule.countsAsAdult(student, on: Self.today))
        #expect(!rule.countsAsAdult(dead, on: Self.today), "dying on the day ends counting that day")
        #expect(rule.countsAsAdult(dead, on: F.day("2025-03-13")))
        #expect(CoverageRule.isInsured(employee, status: .notEnrolled))
        #expect(CoverageRule.isInsured(F.person(4), status: .paymentSuspended))
        #expect(CoverageRule.isInsured(F.person(5), status: .pensionSuspended))
        #expect(!CoverageRule.isInsured(F.person(3), status: .terminated))
        #expect(!CoverageRule.isInsured(F.person(11), status: .notEnrolled))
    }
}
