import Foundation
@testable import HubServer
import SyncProtocol
import Testing

/// The county-wide receipt verdict from the entries stored under a number, on both backends' data alike.
struct CountyReceiptJudgeTests {
    static func entry(_ kiosk: String, code: String?) -> HubReceiptEntry {
        HubReceiptEntry(key: EntryKey(kioskID: kiosk, entryID: UUID()), kind: "enrolment", receiptNumber: "N-1",
                        createdAt: "2026-12-01T04:00:00.000Z", receivedAt: "2026-12-01T05:00:00.000Z", receiptCode: code)
    }

    static let code = "0123456789ABCDEF0123"
    static let other = "FFFFFFFFFFFFFFFFFFFF"

    @Test("a number two kiosks used is valid for the code of either, and only for those")
    func aRepeatedNumberMatchesTheRightKiosk() {
        let first = Self.entry("K1", code: Self.other), second = Self.entry("K2", code: Self.code)
        #expect(CountyReceiptCheck.judge(number: "N-1", code: Self.code, entries: [first, second]) == .valid(second))
        #expect(CountyReceiptCheck.judge(number: "N-1", code: "00000000000000000000", entries: [first, second])
                == .codeMismatch(number: "N-1"))
    }

    @Test("no entry is unknown; entries sent without codes cannot be judged at the county")
    func unknownAndNoCode() {
        #expect(CountyReceiptCheck.judge(number: "N-1", code: Self.code, entries: []) == .unknownReceipt(number: "N-1"))
        #expect(CountyReceiptCheck.judge(number: "N-1", code: Self.code, entries: [Self.entry("K1", code: nil)])
                == .noCodeHeld(number: "N-1"))
    }

    @Test("codes of another length never match")
    func lengthsDiffer() {
        #expect(!CountyReceiptCheck.sameCode(Self.code, String(Self.code.dropLast())))
        #expect(CountyReceiptCheck.sameCode(Self.code, Self.code))
    }

    @Test("a batch whose receipt code is not 20 upper-case hex digits is refused whole")
    func aBadCodeIsRefused() {
        var entry = HubFixtures.entry()
        entry.receiptCode = "not-a-code"
        #expect(throws: BatchProblem.badEntry(index: 0, field: "receiptCode")) {
            try HubFixtures.batch("K1", [entry]).validate(signedBy: "K1")
        }
    }
}
