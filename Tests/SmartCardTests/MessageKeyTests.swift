import Foundation
import KioskAssets
import Testing
@testable import SmartCard

struct MessageKeyTests {
    /// The keys that have non-empty text in both shipped string tables.
    static func translatedKeys() throws -> Set<String> {
        let chinese = try JSONDecoder().decode([String: String].self, from: KioskAssets.data("strings/zh-Hans.json"))
        let english = try JSONDecoder().decode([String: String].self, from: KioskAssets.data("strings/en.json"))
        return Set(chinese.filter { !$0.value.isEmpty }.keys).intersection(english.filter { !$0.value.isEmpty }.keys)
    }

    @Test func everyCardFaultHasATextInBothLanguages() throws {
        let keys = try Self.translatedKeys()
        let errors: [SmartCardError] = [
            .serviceNotRunning, .noReader, .readerNotFound("x"), .noCard, .cardRemoved, .cardNotResponding,
            .sharingViolation, .cancelled, .pcsc(code: 1), .malformedResponse, .tooManyFollowUps,
            .status(StatusWord(0x6A82)), .status(StatusWord(0x6A83)), .status(StatusWord(0x6982)),
            .status(StatusWord(0x6983)), .status(StatusWord(0x6D00)), .status(StatusWord(0x6F00)),
            .status(StatusWord(0x6700)), .status(StatusWord(0x6110)), .truncatedRecord(tag: 1),
            .malformedRecord(tag: 1), .unexpectedTag(expected: 1, found: 2), .invalidField(tag: 1),
            .invalidIDNumber, .birthDateMismatch, .expired(expiryDate: CardDate(year: 2020, month: 1, day: 1)!),
            .notSocialSecurityCard, .uidUnavailable,
        ]
        for error in errors {
            #expect(keys.contains(error.messageKey), "missing \(error.messageKey)")
        }
        #expect(keys.contains(StatusMeaning.success.messageKey))
    }

    @Test func everyModuleFaultHasATextInBothLanguages() throws {
        let keys = try Self.translatedKeys()
        var errors: [GA467Error] = [.portUnavailable(path: "p"), .timeout, .malformedFrame, .checksumMismatch,
                                    .truncatedData, .invalidText]
        errors += (0...255).map { GA467Error.status(UInt8($0)) }
        for error in errors {
            #expect(keys.contains(error.messageKey), "missing \(error.messageKey)")
        }
    }
}
