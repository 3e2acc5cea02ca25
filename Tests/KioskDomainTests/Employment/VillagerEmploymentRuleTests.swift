import Foundation
import Testing
@testable import KioskDomain

/// The rules behind the villager's own employment services: who is offered them, what an incomplete profile lacks,
/// that neither registration asks for the card PIN, and that a villager's matches are the month's rules for one seeker.
struct VillagerEmploymentRuleTests {
    typealias D = DomainFixtures
    typealias E = EmploymentFixtures
    static let today = D.day("2026-11-30")

    static func offered(_ person: Person, account: InsuranceAccount? = nil, proxy: Set<ProxyService>? = nil,
                        coordinator: Bool = false) -> [VillagerService] {
        VillagerService.offered(person: person, account: account ?? .notEnrolled(person.id), policy: D.policy(on: "2026-11-30"),
                                today: today, openedByCoordinator: coordinator, proxyScope: proxy)
    }

    @Test("Employment services come last on the menu of a villager of working age, after queries, in their own or the coordinator's session")
    func workingAgeIsOffered() {
        let worker = D.person(born: "1985-03-15")
        #expect(Self.offered(worker) == [.enrolment, .queries, .employment])
        #expect(Self.offered(worker, account: D.paying(worker)) == [.contribution, .transfer, .cancellation, .queries, .employment])
        #expect(Self.offered(worker, coordinator: true).last == .employment)
        // 16 on the day is the first day offered; 15 the day before is not.
        #expect(Self.offered(D.person(born: "2010-11-30")).contains(.employment))
        #expect(!Self.offered(D.person(born: "2010-12-01")).contains(.employment))
    }

    @Test("Employment services are not offered at pension age, to a full-time student, to the deceased, or in a proxy's session")
    func othersAreNotOffered() {
        #expect(!Self.offered(D.person(born: "1966-11-30")).contains(.employment))
        #expect(Self.offered(D.person(born: "1966-12-01")).contains(.employment))
        var student = D.person(born: "2005-04-01")
        student.isFullTimeStudent = true
        #expect(!Self.offered(student).contains(.employment))
        var died = D.person(born: "1985-03-15")
        died.diedOn = D.day("2026-11-01")
        #expect(!Self.offered(died, coordinator: true).contains(.employment))
        #expect(Self.offered(D.person(born: "1985-03-15"), proxy: Set(ProxyService.allCases)) == [.enrolment, .queries])
    }

    @Test("A profile names what it lacks: a wish (occupation, trade or industry) and the farthest place; complete exactly when nothing is missing")
    func profileGaps() {
        let id = E.id(1)
        let empty = JobSeekerProfile(personID: id, name: "韦", farthestPlace: nil, registeredOn: Self.today)
        #expect(empty.gaps == [.wish, .farthestPlace])
        #expect(!empty.isComplete)
        let placeOnly = JobSeekerProfile(personID: id, name: "韦", farthestPlace: .ownCounty, trade: "",
                                         registeredOn: Self.today)
        #expect(placeOnly.gaps == [.wish])
        let tradeOnly = JobSeekerProfile(personID: id, name: "韦", farthestPlace: nil, trade: "电工", registeredOn: Self.today)
        #expect(tradeOnly.gaps == [.farthestPlace])
        for profile in [empty, placeOnly, tradeOnly, E.seeker(id), E.seeker(id, occupations: [], industries: [.C])] {
            #expect(profile.isComplete == profile.gaps.isEmpty)
        }
        #expect(E.seeker(id, occupations: [], industries: [.C]).gaps.isEmpty)
    }

    @Test("Neither a job-seeker registration nor a training wish asks for the card PIN")
    func noCardPIN() {
        let id = E.id(2)
        let account = InsuranceAccount.notEnrolled(id)
        #expect(!CardholderPINRule.needsCardPIN(.jobSeekerRegistration(E.seeker(id)), before: account))
        #expect(!CardholderPINRule.needsCardPIN(.trainingWish(TrainingWish(personID: id, trade: "电工", registeredOn: Self.today)),
                                                before: account))
    }

    @Test("A villager's own matches are those the month's run gives the same seeker; an incomplete profile gets none")
    func oneSeekersOutcomeIsTheMonthsRule() {
        let seekers = [E.seeker(E.id(3), trade: "电工"), E.seeker(E.id(4), farthest: nil), E.seeker(E.id(5), occupations: ["5"])]
        let jobs = (1...12).map { E.job("J\($0)", occupation: $0 % 3 == 0 ? "5-01" : "6-29", place: PlaceOfWork(rawValue: 1 + $0 % 5)!,
                                        wage: (2000 + 200 * $0)...(3000 + 200 * $0), title: $0 % 2 == 0 ? "电工" : "装配工") }
        let month = MonthlyMatching(month: E.month("2026-11"), day: Self.today, seekers: seekers, jobs: jobs)
        for (seeker, outcome) in month.results {
            #expect(MonthlyMatching.outcome(for: seeker, jobs: jobs, on: Self.today) == outcome)
        }
        #expect(MonthlyMatching.outcome(for: seekers[1], jobs: jobs, on: Self.today) == .profileIncomplete)
        #expect(MonthlyMatching.outcome(for: seekers[0], jobs: jobs, on: Self.today).matches.count == MonthlyMatching.matchesSent)
    }
}
