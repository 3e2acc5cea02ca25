import Foundation
import Testing
import KioskAssets
@testable import KioskDomain

struct MessageKeyTests {
    @Test func everyKeyTheDomainUsesHasChineseAndEnglishText() throws {
        let chinese = try JSONDecoder().decode([String: String].self, from: KioskAssets.data("strings/zh-Hans.json"))
        let english = try JSONDecoder().decode([String: String].self, from: KioskAssets.data("strings/en.json"))
        let day = CivilDate(year: 2025, month: 1, day: 1)!
        let refusals: [ServiceRefusal] = [
            .underMinimumAge(minimumAge: 16, eligibleOn: day), .fullTimeStudent, .inEmployeeScheme,
            .notRegisteredHere(region: ""), .alreadyEnrolled, .alreadyReceivingPension, .accountTerminated, .notEnrolled,
            .deceased, .transferPending, .tierNotOffered(yuan: 1), .outsideContributionWindow(opens: day, closes: day),
            .alreadyPaid(year: 1), .pastContributionAge(pensionAge: 60), .backPaymentTooYoung(fromAge: 50),
            .nothingToBackPay, .tooManyBackPaymentYears(maximum: 1), .belowPensionAge(eligibleOn: day),
            .insufficientYears(paid: 1, required: 2, short: 1, backPayment: .zero), .notReceivingPension,
            .sameRegion, .invalidRegion(""), .dateInFuture(day),
            .notACancellationGround, .cancellationPending, .drawingOtherBasicPension,
        ]
        var keys = refusals.map(\.messageKey)
        keys += [IDNumberError.length(1), .characters, .legacy15, .impossibleDate(""), .checkDigit(expected: "1")].map(\.messageKey)
        keys += [PhoneNumberError.format.messageKey]
        keys += [
            PolicyError.invalid(file: "", field: "", problem: .missing).messageKey,
            PolicyError.unreadableFolder("").messageKey,
            PolicyError.noTableInForce(region: "", on: day).messageKey,
        ]
        keys += [PolicyFieldProblem.missing, .wrongType, .notADate, .notPositive, .notAscending, .duplicate, .outOfRange,
                 .noSource].map(\.messageKey)
        keys += AccountStatus.allCases.map(\.messageKey) + Sex.allCases.map(\.messageKey)
        keys += PaymentChannel.allCases.map(\.messageKey) + CancellationReason.allCases.map(\.messageKey)
        keys += CertificationMethod.allCases.map(\.messageKey)
        for key in keys {
            #expect(chinese[key]?.isEmpty == false && english[key]?.isEmpty == false, "\(key)")
        }
    }
}
