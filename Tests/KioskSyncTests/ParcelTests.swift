import Foundation
@testable import HubServer
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

struct ParcelTests {
    typealias F = SyncFixtures

    @Test func aParcelIsTakenOnceAndTheNextOnlineSyncOnlyMarksItsEntriesDelivered() async throws {
        let store = try F.store()
        for sequence in 1...5 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key, batchSize: 2)
        let parcel = try sender.exportParcel(key: key)
        #expect(try parcel.entries == 5 && store.outbox.syncStatus().waiting == 5)
        let first = try await ParcelImport.take(parcel.file, into: hub.storage, at: F.instant)
        let again = try await ParcelImport.take(parcel.file, into: hub.storage, at: F.instant)
        let online = try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        #expect(first.stored == 5 && first.alreadyHeld == 0)
        #expect(again.stored == 0 && again.alreadyHeld == 5)
        #expect(online.stored == 0 && online.alreadyHeld == 5)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [5])
        #expect(try store.outbox.syncStatus().waiting == 0)
    }

    @Test func aParcelWithABrokenSignatureOrFromAnotherKioskIsRefusedAndNothingIsStored() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        var tampered = try sender.exportParcel(key: key).file
        tampered[tampered.count - 30] ^= 0x01
        let forged = try sender.exportParcel(key: KioskKey.generate()).file
        let (stranger, strangerClient) = try hub.sender(store, kiosk: "K9", key: key)
        let foreign = try stranger.exportParcel(key: key).file
        await client.shutdown()
        await strangerClient.shutdown()
        var refusals = [ParcelImport.Refusal]()
        for file in [tampered, forged, foreign, Data("hello".utf8)] {
            do {
                _ = try await ParcelImport.take(file, into: hub.storage, at: F.instant)
            } catch {
                refusals.append(error)
            }
        }
        await hub.stop()
        #expect(refusals.count == 4)
        #expect(refusals[0].description.contains("signature does not match"))
        #expect(refusals[1].description.contains("signature does not match"))
        #expect(refusals[2] == .unknownKiosk("K9"))
        #expect(try await hub.storage.entryCounts().map(\.entries) == [0])
    }
}
