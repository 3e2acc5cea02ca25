import Foundation
import HubServer
import SyncProtocol
import Testing

/// What every backend must do with receipt codes: keep the code a kiosk sent with an entry and find the entries
/// of a receipt number across kiosks. Run by the SQLite and the PostgreSQL suites.
enum ReceiptStorageContract {
    /// `storage` has kiosk K1 registered.
    static func entriesOfANumberAreFoundAcrossKiosksWithTheirCodes(_ storage: any HubStorage) async throws {
        try await storage.addKiosk("K2", signingKey: KioskKey.generate().signingKey, at: HubFixtures.instant)
        var first = HubFixtures.entry(), second = HubFixtures.entry(), third = HubFixtures.entry()
        first.receiptCode = "0123456789ABCDEF0123"
        second.receiptCode = "FFFFFFFFFFFFFFFFFFFF"
        third.receiptNumber = "450124100210-20261201-0002"
        _ = try await storage.store(HubFixtures.batch("K1", [first, third]), receivedAt: HubFixtures.instant)
        _ = try await storage.store(HubFixtures.batch("K2", [second]), receivedAt: HubFixtures.instant)
        let found = try await storage.entries(withReceipt: first.receiptNumber)
        #expect(found.map(\.key.kioskID) == ["K1", "K2"])
        #expect(found.map(\.receiptCode) == ["0123456789ABCDEF0123", "FFFFFFFFFFFFFFFFFFFF"])
        #expect(try await storage.entries(withReceipt: "nothing").isEmpty)
        let verdict = try await CountyReceiptCheck.verify("VK1 \(first.receiptNumber) FFFFF-FFFFF-FFFFF-FFFFF",
                                                          in: storage)
        guard case .valid(let entry) = verdict else {
            Issue.record("expected valid, got \(verdict)")
            return
        }
        #expect(entry.key.kioskID == "K2")
    }
}
