import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Receipts anyone can check: the code is made from the receipt with the kiosk's own key, and a changed
/// receipt, an unknown number or a forged code is told apart.
struct ReceiptSealTests {
    typealias F = StoreFixtures

    @Test func aRecordedReceiptsCodeChecksOutAndSurvivesReopeningTheFile() throws {
        let path = F.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let payload: String
        do {
            let store = try KioskStore.open(path: path, villageCode: F.village)
            let receipt = try store.record(.registration(F.person(1)), actor: .selfService, at: F.instant("2026-12-31"))
            payload = try store.sealPayload(for: receipt)
            #expect(payload.hasPrefix("VK1 \(receipt.number) "))
            #expect(try store.verifyReceipt(payload) == .valid(try #require(try store.receipt(number: receipt.number))))
        }
        let reopened = try KioskStore.open(path: path)
        guard case .valid = try reopened.verifyReceipt(payload) else {
            Issue.record("the code no longer checks out after reopening the file")
            return
        }
        // Typed by hand: the number and the code as printed, in groups with dashes.
        let (number, code) = try #require(ReceiptSeal.parse(payload))
        guard case .valid = try reopened.verifyReceipt("\(number) \(ReceiptSeal.grouped(code).lowercased())") else {
            Issue.record("the typed number and grouped code do not check out")
            return
        }
    }

    @Test func aChangedReceiptAForgedCodeAnUnknownNumberAndNonsenseAreToldApart() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let receipt = try store.record(.registration(F.person(2)), actor: .selfService, at: F.instant("2027-01-01"))
        let payload = try store.sealPayload(for: receipt)
        let (number, code) = try #require(ReceiptSeal.parse(payload))
        let forged = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
        #expect(try store.verifyReceipt("VK1 \(number) \(forged)") == .codeMismatch(number: number))
        #expect(try store.verifyReceipt("VK1 450124100210-20270101-9999 \(code)") == .unknownReceipt(number: "450124100210-20270101-9999"))
        #expect(try store.verifyReceipt("hello") == .malformed)
        #expect(try store.verifyReceipt("VK1 \(number) 12345") == .malformed)
        // The receipt changed after printing (a name edited in the file): the paper's code no longer matches.
        try store.database.write { db in
            try db.execute(sql: "UPDATE receipts SET person_name = '别人' WHERE number = ?", arguments: [number])
        }
        #expect(try store.verifyReceipt(payload) == .codeMismatch(number: number))
    }

    @Test func twoKiosksMakeDifferentCodesForTheSameReceipt() throws {
        let first = try KioskStore.inMemory(villageCode: F.village)
        let second = try KioskStore.inMemory(villageCode: F.village)
        let receipt = try first.record(.registration(F.person(3)), actor: .selfService, at: F.instant("2026-11-30"))
        #expect(ReceiptSeal.code(for: receipt, key: try first.receiptSealKey())
                != ReceiptSeal.code(for: receipt, key: try second.receiptSealKey()))
        #expect(try first.receiptSealKey() == first.receiptSealKey(), "the key is made once and kept")
    }
}
