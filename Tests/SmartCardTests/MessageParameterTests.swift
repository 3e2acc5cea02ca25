import Foundation
import KioskAssets
import Testing
@testable import SmartCard

/// Every card and ID-module fault supplies the values its text asks for, in both languages, so a fault added with
/// a text that inserts a value it does not give fails here. The exhaustive switches make a new case not compile
/// until it is listed.
struct MessageParameterTests {
    static let tables: [String: [String: String]] = {
        var tables: [String: [String: String]] = [:]
        for language in ["zh-Hans", "en"] {
            tables[language] = try! JSONDecoder().decode([String: String].self,
                                                         from: KioskAssets.data("strings/\(language).json"))
        }
        return tables
    }()

    /// The `{name}` placeholders of a text.
    static func placeholders(_ text: String) -> Set<String> {
        var names = Set<String>()
        var current: String?
        for character in text {
            switch character {
            case "{": current = ""
            case "}": if let name = current, !name.isEmpty { names.insert(name) }; current = nil
            default: current = current.flatMap { character.isLetter || character.isNumber || character == "_" ? $0 + String(character) : nil }
            }
        }
        return names
    }

    static func problems(key: String, parameters: [String: String]) -> [String] {
        tables.sorted { $0.key < $1.key }.compactMap { language, table in
            guard let text = table[key] else { return "\(language): no text for \(key)" }
            let missing = placeholders(text).subtracting(parameters.keys)
            return missing.isEmpty ? nil : "\(language) \(key): nothing fills \(missing.sorted())"
        }
    }

    @Test func theCheckFindsAMissingValue() {
        #expect(Self.placeholders("{a} 和 {b}，{ c }") == ["a", "b"])
        #expect(Self.problems(key: "coordinator.login.refusal.wrongPIN", parameters: [:]).count == 2)
    }

    @Test func everyCardFaultGivesTheValuesItsTextNeeds() {
        let errors: [SmartCardError] = [
            .serviceNotRunning, .noReader, .readerNotFound("ACS ACR39U"), .noCard, .cardRemoved, .cardNotResponding,
            .sharingViolation, .cancelled, .pcsc(code: 0x8010_0069), .malformedResponse, .tooManyFollowUps,
            .status(StatusWord(0x6A82)), .status(StatusWord(0x6A83)), .status(StatusWord(0x6982)),
            .status(StatusWord(0x6983)), .status(StatusWord(0x6D00)), .status(StatusWord(0x6F00)),
            .status(StatusWord(0x6700)), .status(StatusWord(0x6110)), .status(StatusWord(0x9000)),
            .truncatedRecord(tag: 1), .malformedRecord(tag: 1), .unexpectedTag(expected: 1, found: 2), .invalidField(tag: 1),
            .invalidIDNumber, .birthDateMismatch, .expired(expiryDate: CardDate(year: 2020, month: 1, day: 1)!),
            .notSocialSecurityCard, .uidUnavailable, .cardReset,
        ]
        func name(_ e: SmartCardError) -> Int {
            switch e {
            case .serviceNotRunning: 0
            case .noReader: 1
            case .readerNotFound: 2
            case .noCard: 3
            case .cardRemoved: 4
            case .cardNotResponding: 5
            case .sharingViolation: 6
            case .cancelled: 7
            case .pcsc: 8
            case .malformedResponse: 9
            case .tooManyFollowUps: 10
            case .status: 11
            case .truncatedRecord: 12
            case .malformedRecord: 13
            case .unexpectedTag: 14
            case .invalidField: 15
            case .invalidIDNumber: 16
            case .birthDateMismatch: 17
            case .expired: 18
            case .notSocialSecurityCard: 19
            case .uidUnavailable: 20
            case .cardReset: 21
            }
        }
        #expect(Set(errors.map(name)).count == 22, "one sample of every case")
        for error in errors {
            let problems = Self.problems(key: error.messageKey, parameters: error.parameters)
            #expect(problems.isEmpty, "\(error): \(problems)")
        }
    }

    @Test func everyModuleFaultGivesTheValuesItsTextNeeds() {
        var errors: [GA467Error] = [.portUnavailable(path: "/dev/ttyUSB0"), .timeout, .malformedFrame, .checksumMismatch,
                                    .truncatedData, .invalidText]
        errors += (0...255).map { GA467Error.status(UInt8($0)) }
        func name(_ e: GA467Error) -> Int {
            switch e {
            case .portUnavailable: 0
            case .timeout: 1
            case .malformedFrame: 2
            case .checksumMismatch: 3
            case .status: 4
            case .truncatedData: 5
            case .invalidText: 6
            }
        }
        #expect(Set(errors.map(name)).count == 7, "one sample of every case")
        for error in errors {
            let problems = Self.problems(key: error.messageKey, parameters: error.parameters)
            #expect(problems.isEmpty, "\(error): \(problems)")
        }
    }
}
