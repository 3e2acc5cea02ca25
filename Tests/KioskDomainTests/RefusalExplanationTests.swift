@testable import KioskDomain
import Testing

/// Every refusal has a menu note and advice whose texts exist in both languages with every value supplied, and the
/// notes that name a day name the right one.
struct RefusalExplanationTests {
    typealias F = DomainFixtures
    static let day = F.day("2026-11-30")

    static let samples: [ServiceRefusal] = [
        .underMinimumAge(minimumAge: 16, eligibleOn: day), .fullTimeStudent, .inEmployeeScheme,
        .notRegisteredHere(region: "450124"), .alreadyEnrolled, .alreadyReceivingPension, .accountTerminated,
        .notEnrolled, .deceased, .transferPending, .tierNotOffered(yuan: 150),
        .outsideContributionWindow(opens: F.day("2026-01-01"), closes: F.day("2026-12-20")),
        .outsideContributionWindow(opens: F.day("2027-01-01"), closes: F.day("2027-12-20")),
        .alreadyPaid(year: 2026), .pastContributionAge(pensionAge: 60), .backPaymentTooYoung(fromAge: 50),
        .nothingToBackPay, .tooManyBackPaymentYears(maximum: 15), .belowPensionAge(eligibleOn: day),
        .insufficientYears(paid: 10, required: 15, short: 5, backPayment: Money(fen: 50_000)), .notReceivingPension,
        .sameRegion, .invalidRegion("999999"), .dateInFuture(day),
        .notACancellationGround, .cancellationPending, .drawingOtherBasicPension,
    ]

    @Test("every refusal's note and advice fill their texts in both languages", arguments: samples)
    func everyRefusalIsExplained(refusal: ServiceRefusal) {
        let explanation = refusal.explanation(policy: F.policy(on: "2026-11-30"), today: F.day("2026-12-28"))
        #expect(MessageCoverage.problems(explanation.note).isEmpty, "\(MessageCoverage.problems(explanation.note))")
        #expect(MessageCoverage.problems(explanation.advice).isEmpty, "\(MessageCoverage.problems(explanation.advice))")
        #expect(explanation.note.key != explanation.advice.key)
    }

    @Test("already paid: next year's window opens on its first day under the table")
    func alreadyPaidNamesNextYear() {
        let explanation = ServiceRefusal.alreadyPaid(year: 2026).explanation(policy: F.policy(on: "2026-11-30"),
                                                                             today: Self.day)
        #expect(explanation.note.parameters["nextYear"] == "2027")
        #expect(explanation.note.parameters["month"] == "1")
        #expect(explanation.advice.parameters["date"] == "2027-01-01")
    }

    @Test("outside the window: before it opens names its first day, after it closed names next year's")
    func windowBeforeAndAfter() {
        let refusal = ServiceRefusal.outsideContributionWindow(opens: F.day("2026-01-01"), closes: F.day("2026-12-20"))
        let policy = F.policy(on: "2026-11-30")
        let after = refusal.explanation(policy: policy, today: F.day("2026-12-28"))
        #expect(after.note.key == "noDeadEnd.note.outsideContributionWindow.closed")
        #expect(after.note.parameters["next"] == "2027-01-01")
        let before = refusal.explanation(policy: policy, today: F.day("2025-12-28"))
        #expect(before.note.key == "noDeadEnd.note.outsideContributionWindow.notYet")
    }
}
