import Foundation
import Testing
@testable import KioskDomain

/// Training: a class request at 10 wishes for a trade; 3 related recommendations and a follow-up within 3 months.
struct TrainingRuleTests {
    typealias E = EmploymentFixtures
    typealias F = DomainFixtures

    func wishes(_ count: Int, _ trade: String, from: Int = 0) -> [TrainingWish] {
        (0..<count).map { TrainingWish(personID: E.id(from + $0), trade: trade, registeredOn: F.day("2026-10-01")) }
    }

    @Test func tenWishesForOneTradeRaiseAClassRequestAndNineDoNot() {
        let requests = TrainingClassRule.classRequests(wishes(10, "电工") + wishes(9, "焊工", from: 100))
        #expect(requests.map(\.trade) == ["电工"] && requests.first?.people == 10)
    }

    @Test func aPersonWishingTheSameTradeTwiceCountsOnce() {
        let twice = wishes(9, "家政") + [TrainingWish(personID: E.id(0), trade: " 家政 ", registeredOn: F.day("2026-11-01"))]
        #expect(TrainingClassRule.classRequests(twice).isEmpty)
        #expect(TrainingClassRule.wishesByTrade(twice)["家政"] == 9)
    }

    @Test func theFollowUpIsDueWithinThreeMonthsOfTheFirstRecommendation() {
        let p = E.id(1)
        let recommended = [F.day("2026-11-30"), F.day("2026-12-05"), F.day("2026-12-20")]
        let followUp = TrainingFollowUp(personID: p, trade: "电工", classEndedOn: F.day("2026-11-20"), recommendedOn: recommended)
        // 30 November + 3 months = the last day of February 2027.
        #expect(followUp.visitDueBy == F.day("2027-02-28"))
        #expect(followUp.status(on: F.day("2027-02-28")) == .visitDue(by: F.day("2027-02-28")))
        #expect(followUp.status(on: F.day("2027-03-01")) == .visitOverdue(since: F.day("2027-03-01")))
        var visited = followUp
        visited.visitedOn = F.day("2027-02-28")
        #expect(visited.status(on: F.day("2027-06-01")) == .done)
        visited.visitedOn = F.day("2027-03-01")
        #expect(visited.status(on: F.day("2027-06-01")) == .doneLate)
    }

    @Test func aLeapYearFebruaryEndsOnThe29th() {
        let followUp = TrainingFollowUp(personID: E.id(2), trade: "电工", classEndedOn: F.day("2027-11-01"),
                                        recommendedOn: [F.day("2027-11-29"), F.day("2027-12-01"), F.day("2027-12-02")])
        #expect(followUp.visitDueBy == F.day("2028-02-29"))
        #expect(followUp.status(on: F.day("2028-02-29")) == .visitDue(by: F.day("2028-02-29")))
    }

    @Test func fewerThanThreeRecommendationsAreStillOwed() {
        let none = TrainingFollowUp(personID: E.id(3), trade: "焊工", classEndedOn: F.day("2026-11-20"))
        #expect(none.status(on: F.day("2026-12-01")) == .recommendationsOwed(left: 3))
        let two = TrainingFollowUp(personID: E.id(3), trade: "焊工", classEndedOn: F.day("2026-11-20"),
                                   recommendedOn: [F.day("2026-11-25"), F.day("2026-11-26")])
        #expect(two.status(on: F.day("2026-12-01")) == .recommendationsOwed(left: 1))
    }
}
