import Testing
@testable import KioskDomain

struct EnrolmentDecisionTests {
    typealias F = DomainFixtures

    func decide(_ person: Person, _ account: InsuranceAccount? = nil, on day: String, tier: Int = 200,
                county: String = F.county) -> ServiceOutcome<EnrolmentDecision> {
        EnrolmentDecision.decide(person: person, account: account ?? .notEnrolled(person.id), history: ServiceHistory(),
                                 policy: F.policy(on: day), request: EnrolmentRequest(tierYuan: tier),
                                 serviceCounty: county, today: F.day(day))
    }

    @Test func sixteenthBirthdayIsTheFirstDayToEnrol() throws {
        let person = F.person(born: "2009-05-20")
        #expect(decide(person, on: "2025-05-19").refusals
            == [.underMinimumAge(minimumAge: 16, eligibleOn: F.day("2025-05-20"))])
        let decision = try #require(decide(person, on: "2025-05-20").decision)
        #expect(decision.account.status == .paying)
        #expect(decision.account.enrolledOn == F.day("2025-05-20"))
        #expect(decision.account.tierYuan == 200)
    }

    @Test func leapDayBirthTurnsSixteenOnTheLeapDay() {
        let person = F.person(born: "2008-02-29")
        #expect(decide(person, on: "2024-02-28").refusals.count == 1)
        #expect(decide(person, on: "2024-02-29").decision != nil)
    }

    @Test func studentsEmployeeSchemeMembersAndOtherCountiesAreRefusedTogether() {
        var person = F.person(born: "2000-01-01")
        person.isFullTimeStudent = true
        person.inEmployeeScheme = true
        let refusals = decide(person, on: "2025-03-01", tier: 250, county: "450125").refusals
        #expect(refusals == [.fullTimeStudent, .inEmployeeScheme, .notRegisteredHere(region: "450124"),
                             .tierNotOffered(yuan: 250)])
        #expect(refusals.map(\.messageKey).allSatisfy { $0.hasPrefix("refusal.") })
    }

    @Test func existingAccountsAreRefusedByStatus() {
        let person = F.person(born: "1960-01-01")
        #expect(decide(person, F.paying(person), on: "2025-03-01").refusals == [.alreadyEnrolled])
        var pensioner = F.paying(person)
        pensioner.status = .receivingPension
        #expect(decide(person, pensioner, on: "2025-03-01").refusals == [.alreadyReceivingPension])
        var dead = F.paying(person)
        dead.status = .terminated
        dead.terminationReason = .death
        #expect(decide(person, dead, on: "2025-03-01").refusals == [.deceased])
        var settled = dead
        settled.terminationReason = .settledElsewhere
        #expect(decide(person, settled, on: "2025-03-01").decision != nil)
    }

    @Test func enrolmentNearSixtyShowsTheBackPaymentNeeded() throws {
        // Born 1966: 60 in 2026, scheme in Guangxi from 2012 -> 14 years required; only 2025 is left to pay.
        let decision = try #require(decide(F.person(born: "1966-03-15"), on: "2025-06-01").decision)
        #expect(decision.plan.requiredYears == 14)
        #expect(decision.plan.remainingRegularYears == 1)
        #expect(decision.plan.shortYears == 13)
        #expect(decision.plan.amountAtLowestTier == .yuan(1300))
    }
}
