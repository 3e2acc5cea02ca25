import Foundation
import Testing
import KioskAssets
@testable import KioskDomain

/// Checks that a message supplies every value its text asks for, in both languages, nested messages included.
enum MessageCoverage {
    static let tables: [String: [String: String]] = {
        var tables: [String: [String: String]] = [:]
        for language in ["zh-Hans", "en"] {
            let data = try! KioskAssets.data("strings/\(language).json")
            tables[language] = try! JSONDecoder().decode([String: String].self, from: data)
        }
        return tables
    }()

    /// What is wrong with `message`: a key without text, or a placeholder no value fills, per language.
    static func problems(_ message: UserMessage) -> [String] {
        var found: [String] = []
        for (language, table) in tables.sorted(by: { $0.key < $1.key }) {
            guard let text = table[message.key] else {
                found.append("\(language): no text for \(message.key)")
                continue
            }
            let missing = Set(UserMessage.placeholders(in: text)).subtracting(message.suppliedNames)
            if !missing.isEmpty { found.append("\(language) \(message.key): nothing fills \(missing.sorted())") }
        }
        return found + message.nested.values.flatMap { problems($0) }
    }
}

/// Every case of the domain's refusals and errors supplies every value its text needs in both languages, so a case
/// added with a missing value fails here. Each list is checked against an exhaustive switch: a new case does not
/// compile until it is named there, and then the count asks for a sample.
struct MessageCoverageTests {
    typealias F = DomainFixtures
    static let day = CivilDate(year: 2026, month: 11, day: 30)!

    @Test func everyServiceRefusalFillsItsText() {
        let d = Self.day
        let samples: [ServiceRefusal] = [
            .underMinimumAge(minimumAge: 16, eligibleOn: d), .fullTimeStudent, .inEmployeeScheme,
            .notRegisteredHere(region: "450124"), .alreadyEnrolled, .alreadyReceivingPension, .accountTerminated,
            .notEnrolled, .deceased, .transferPending, .tierNotOffered(yuan: 150), .outsideContributionWindow(opens: d, closes: d),
            .alreadyPaid(year: 2026), .pastContributionAge(pensionAge: 60), .backPaymentTooYoung(fromAge: 50),
            .nothingToBackPay, .tooManyBackPaymentYears(maximum: 15), .belowPensionAge(eligibleOn: d),
            .insufficientYears(paid: 10, required: 15, short: 5, backPayment: Money(fen: 50_000)), .notReceivingPension,
            .sameRegion, .invalidRegion("999999"), .dateInFuture(d),
            .notACancellationGround, .cancellationPending, .drawingOtherBasicPension,
        ]
        func name(_ r: ServiceRefusal) -> String {
            switch r {
            case .underMinimumAge: "underMinimumAge"
            case .fullTimeStudent: "fullTimeStudent"
            case .inEmployeeScheme: "inEmployeeScheme"
            case .notRegisteredHere: "notRegisteredHere"
            case .alreadyEnrolled: "alreadyEnrolled"
            case .alreadyReceivingPension: "alreadyReceivingPension"
            case .accountTerminated: "accountTerminated"
            case .notEnrolled: "notEnrolled"
            case .deceased: "deceased"
            case .transferPending: "transferPending"
            case .tierNotOffered: "tierNotOffered"
            case .outsideContributionWindow: "outsideContributionWindow"
            case .alreadyPaid: "alreadyPaid"
            case .pastContributionAge: "pastContributionAge"
            case .backPaymentTooYoung: "backPaymentTooYoung"
            case .nothingToBackPay: "nothingToBackPay"
            case .tooManyBackPaymentYears: "tooManyBackPaymentYears"
            case .belowPensionAge: "belowPensionAge"
            case .insufficientYears: "insufficientYears"
            case .notReceivingPension: "notReceivingPension"
            case .sameRegion: "sameRegion"
            case .invalidRegion: "invalidRegion"
            case .dateInFuture: "dateInFuture"
            case .notACancellationGround: "notACancellationGround"
            case .cancellationPending: "cancellationPending"
            case .drawingOtherBasicPension: "drawingOtherBasicPension"
            }
        }
        #expect(Set(samples.map(name)).count == 26, "one sample of every case")
        for sample in samples {
            #expect(MessageCoverage.problems(sample.userMessage).isEmpty, "\(sample): \(MessageCoverage.problems(sample.userMessage))")
        }
    }

    @Test func everyOtherDomainErrorFillsItsText() {
        let d = Self.day
        let idErrors: [IDNumberError] = [.length(17), .characters, .legacy15, .impossibleDate("19991332"), .checkDigit(expected: "X")]
        func idName(_ e: IDNumberError) -> Int {
            switch e { case .length: 0; case .characters: 1; case .legacy15: 2; case .impossibleDate: 3; case .checkDigit: 4 }
        }
        let policyErrors: [PolicyError] = [.invalid(file: "guangxi-2026.json", field: "tiers", problem: .notAscending),
                                           .unreadableFolder("policy"), .noTableInForce(region: "450124", on: d)]
        func policyName(_ e: PolicyError) -> Int {
            switch e { case .invalid: 0; case .unreadableFolder: 1; case .noTableInForce: 2 }
        }
        let deathRefusals: [DeathReportRefusal] = [.alreadyRecorded(diedOn: d), .dateInFuture(d), .beforeBirth(d), .awaitingCounty]
        func deathName(_ e: DeathReportRefusal) -> Int {
            switch e { case .alreadyRecorded: 0; case .dateInFuture: 1; case .beforeBirth: 2; case .awaitingCounty: 3 }
        }
        let evidenceProblems: [ActEvidenceProblem] = [.empty, .length, .characters]
        func evidenceName(_ e: ActEvidenceProblem) -> Int {
            switch e { case .empty: 0; case .length: 1; case .characters: 2 }
        }
        let reminderRefusals: [ReminderRefusal] = [.alreadyRemindedThisMonth(on: d), .notOnNonPayerList, .deceased]
        func reminderName(_ e: ReminderRefusal) -> Int {
            switch e { case .alreadyRemindedThisMonth: 0; case .notOnNonPayerList: 1; case .deceased: 2 }
        }
        let proxyRefusals: [ProxyRefusal] = [.expired(on: d), .notYetValid(from: d), .outOfScope(.transfer), .revoked,
                                             .notRecorded, .notDelegable]
        func proxyName(_ e: ProxyRefusal) -> Int {
            switch e {
            case .expired: 0; case .notYetValid: 1; case .outOfScope: 2; case .revoked: 3; case .notRecorded: 4
            case .notDelegable: 5
            }
        }
        let pinErrors: [CoordinatorPINError] = [.format, .tooSimple]
        func pinName(_ e: CoordinatorPINError) -> Int {
            switch e { case .format: 0; case .tooSimple: 1 }
        }
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        let loginRefusals: [CoordinatorLoginRefusal] = [.unknownCard, .wrongPIN(remainingAttempts: 3),
                                                        .locked(until: now.addingTimeInterval(600)), .otherVillage,
                                                        .lockedUntilReset]
        func loginName(_ e: CoordinatorLoginRefusal) -> Int {
            switch e { case .unknownCard: 0; case .wrongPIN: 1; case .locked: 2; case .otherVillage: 3; case .lockedUntilReset: 4 }
        }
        #expect(Set(idErrors.map(idName)).count == 5 && Set(policyErrors.map(policyName)).count == 3)
        #expect(Set(deathRefusals.map(deathName)).count == 4 && Set(reminderRefusals.map(reminderName)).count == 3)
        #expect(Set(evidenceProblems.map(evidenceName)).count == 3)
        #expect(Set(proxyRefusals.map(proxyName)).count == 6 && Set(pinErrors.map(pinName)).count == 2)
        #expect(Set(loginRefusals.map(loginName)).count == 5)
        let messages = idErrors.map(\.userMessage) + [PhoneNumberError.format.userMessage] + policyErrors.map(\.userMessage)
            + deathRefusals.map(\.userMessage) + reminderRefusals.map(\.userMessage) + proxyRefusals.map(\.userMessage)
            + pinErrors.map(\.userMessage) + loginRefusals.map { $0.userMessage(at: now) }
            + evidenceProblems.map(\.userMessage)
        for message in messages {
            #expect(MessageCoverage.problems(message).isEmpty, "\(message): \(MessageCoverage.problems(message))")
        }
    }

    @Test func aMessageMissingAValueIsCaught() {
        #expect(MessageCoverage.problems(UserMessage("death.refusal.alreadyRecorded")).count == 2, "both languages")
        #expect(MessageCoverage.problems(UserMessage("store.error.writeFailed", nested: ["reason": UserMessage("nope")]))
                    .contains { $0.contains("no text for nope") })
        #expect(MessageCoverage.problems(DeathReportRefusal.alreadyRecorded(diedOn: Self.day).userMessage).isEmpty)
    }

    @Test func aPolicyFieldProblemIsShownAsItsTextNotItsKey() {
        let message = PolicyError.invalid(file: "f.json", field: "tiers", problem: .duplicate).userMessage
        #expect(message.nested["problem"] == UserMessage("policy.problem.duplicate"))
        #expect(!message.parameters.values.contains("policy.problem.duplicate"))
    }
}
