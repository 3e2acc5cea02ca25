import Foundation
@testable import HubServer
import KioskDomain
import KioskStore
@testable import KioskSync
import SyncProtocol
import Testing

struct RefusedRequestTests {
    typealias F = SyncFixtures

    func oneEntryBatch(_ store: KioskStore, _ sender: OutboxSender) throws -> SyncBatch {
        try sender.makeBatch(try store.outbox.pendingForSync(limit: 10))
    }

    @Test func aKioskClockTenMinutesOffIsRefusedWithAMessageSayingSoAndNothingIsStored() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let slow = KioskClock.fixed(F.instant.addingTimeInterval(-600), timeZone: F.zone)
        let (sender, client) = try hub.sender(store, key: key, clock: slow)
        let failure = await #expect(throws: SyncFailure.self) { try await sender.syncOnce() }
        await client.shutdown()
        await hub.stop()
        guard case .refused(let refusal)? = failure else { Issue.record("not a refusal: \(String(describing: failure))"); return }
        #expect(refusal.code == .clockSkew)
        #expect(refusal.message.contains("600 s behind"))
        #expect(try store.outbox.syncStatus().lastError?.contains("more than 5 minutes") == true)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [0])
    }

    @Test func aForgedSignatureIsRefusedAndNothingIsStored() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, _) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: KioskKey.generate())
        let failure = await #expect(throws: SyncFailure.self) { try await sender.syncOnce() }
        await client.shutdown()
        await hub.stop()
        #expect(failure == .refused(RequestRefusal(.badSignature)))
        #expect(failure?.isRetryable == false)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [0])
        #expect(try store.outbox.syncStatus().waiting == 1)
    }

    @Test func anUnknownOrRevokedKioskIsRefused() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (stranger, strangerClient) = try hub.sender(store, kiosk: "K9", key: key)
        let unknown = await #expect(throws: SyncFailure.self) { try await stranger.syncOnce() }
        _ = try await hub.storage.revokeKiosk("K1", at: F.instant)
        let (revoked, revokedClient) = try hub.sender(store, key: key)
        let refused = await #expect(throws: SyncFailure.self) { try await revoked.syncOnce() }
        await strangerClient.shutdown()
        await revokedClient.shutdown()
        await hub.stop()
        #expect(unknown == .refused(RequestRefusal(.unknownKiosk, detail: "K9")))
        #expect(refused == .refused(RequestRefusal(.revokedKiosk, detail: "K1")))
    }

    @Test func aReplayedRequestIsRefusedAndStoresNothingNew() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        let (body, signature) = try RawHubRequest.signed(try oneEntryBatch(store, sender), key: key, at: F.instant)
        let first = try await RawHubRequest.post(hub, body: body, signature: signature)
        let replay = try await RawHubRequest.post(hub, body: body, signature: signature)
        await client.shutdown()
        await hub.stop()
        #expect(first.0 == 200)
        #expect(replay.0 == 409 && replay.1?.code == .replayedNonce)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [1])
    }

    @Test func aBodyAlteredAfterSigningIsRefusedAsForged() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        var batch = try oneEntryBatch(store, sender)
        let (_, signature) = try RawHubRequest.signed(batch, key: key, at: F.instant)
        batch.entries[0].payload = #"{"receipt":{"amount":"999999"}}"#
        let altered = try SyncJSON.encoder().encode(batch)
        let answer = try await RawHubRequest.post(hub, body: altered, signature: signature)
        await client.shutdown()
        await hub.stop()
        #expect(answer.0 == 401 && answer.1?.code == .badSignature)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [0])
    }

    @Test func aTruncatedOrCorruptedBatchIsRefusedWholeWithAReasonAndNothingOfItIsStored() async throws {
        let store = try F.store()
        for sequence in 1...3 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        let batch = try oneEntryBatch(store, sender)
        let whole = try SyncJSON.encoder().encode(batch)
        var corrupted = batch
        corrupted.entries[2].payload = "{not json"
        let bodies = [whole.prefix(whole.count - 40), try SyncJSON.encoder().encode(corrupted)]
        var answers = [(UInt, RequestRefusal?)]()
        for body in bodies {
            let signature = SignedRequest.sign(method: "POST", path: SyncRoutes.batches, body: Data(body),
                                               kioskID: "K1", key: key.signingKey, at: F.instant)
            answers.append(try await RawHubRequest.post(hub, body: Data(body), signature: signature))
        }
        await client.shutdown()
        await hub.stop()
        #expect(answers.map(\.0) == [422, 422])
        #expect(answers[0].1?.message.contains("truncated or corrupted") == true)
        #expect(answers[1].1?.message.contains("entry 2 has an invalid payload") == true)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [0])
    }

    @Test func aTruncatedCompressedBatchIsRefusedWholeAndAWholeOneIsTaken() async throws {
        let store = try F.store()
        for sequence in 1...3 { try F.enrol(store, sequence: sequence) }
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        let packed = try BatchCompression.compress(try SyncJSON.encoder().encode(try oneEntryBatch(store, sender)))
        var answers = [(UInt, RequestRefusal?)]()
        for body in [packed.prefix(packed.count - 10), packed] {
            let signature = SignedRequest.sign(method: "POST", path: SyncRoutes.batches, body: Data(body),
                                               kioskID: "K1", key: key.signingKey, at: F.instant)
            answers.append(try await RawHubRequest.post(hub, body: Data(body), signature: signature, encoding: "gzip"))
        }
        await client.shutdown()
        await hub.stop()
        #expect(answers.map(\.0) == [422, 200])
        #expect(answers[0].1?.message.contains("does not expand") == true)
        #expect(try await hub.storage.entryCounts().map(\.entries) == [3])
    }
}
