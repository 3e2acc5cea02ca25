import Foundation
import HubServer
import KioskStore
import KioskSync
import SyncProtocol
import Testing

/// A receipt printed at a kiosk is checked at the county: the kiosk sends each receipt's check code with its entry
/// (never its key), and the hub compares the paper's code with what the kiosks sent.
struct CountyReceiptCheckTests {
    typealias F = SyncFixtures

    @Test("a receipt's QR code verifies at the hub after the sync; one changed character does not")
    func aSyncedReceiptVerifiesCountyWide() async throws {
        let store = try F.store()
        let number = try F.enrol(store, sequence: 7)
        let receipt = try #require(try store.receipt(number: number))
        let payload = try store.sealPayload(for: receipt)
        let (hub, key) = try await RunningHub.withKiosk()
        #expect(try await CountyReceiptCheck.verify(payload, in: hub.storage) == .unknownReceipt(number: number),
                "not synced yet")
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        await client.shutdown()
        let verdict = try await CountyReceiptCheck.verify(payload, in: hub.storage)
        guard case .valid(let entry) = verdict else {
            Issue.record("expected valid, got \(verdict)")
            await hub.stop()
            return
        }
        #expect(entry.key.kioskID == "K1" && entry.receiptNumber == number && entry.kind == "enrolment")
        let code = try #require(ReceiptSeal.parse(payload)?.code)
        let changed = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
        #expect(try await CountyReceiptCheck.verify("\(number) \(changed)", in: hub.storage)
                == .codeMismatch(number: number))
        #expect(try await CountyReceiptCheck.verify("VK1 \(number)", in: hub.storage) == .malformed)
        // The printed, grouped form typed by hand verifies too.
        let typed = "\(number) \(ReceiptSeal.grouped(code))"
        if case .valid = try await CountyReceiptCheck.verify(typed, in: hub.storage) {} else {
            Issue.record("the typed, grouped code did not verify")
        }
        await hub.stop()
    }

    @Test("the code the kiosk sends is the one its own receipt check accepts, and the page says so")
    func thePageShowsTheVerdict() async throws {
        let store = try F.store()
        let number = try F.enrol(store, sequence: 8)
        let payload = try store.sealPayload(for: try #require(try store.receipt(number: number)))
        guard case .valid = try store.verifyReceipt(payload) else {
            Issue.record("the kiosk's own check refuses its receipt")
            return
        }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        await client.shutdown()
        let query = payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let (status, type, page) = try await CountyPageRouteTests.get("\(hub.url)/receipt?code=\(query)")
        let forged = try await CountyPageRouteTests.get("\(hub.url)/receipt?code=\(number)%2000000000000000000000")
        await hub.stop()
        #expect(status == 200 && type.hasPrefix("text/html"))
        #expect(page.contains("回执有效") && page.contains(number))
        #expect(forged.2.contains("回执无效"))
    }
}
