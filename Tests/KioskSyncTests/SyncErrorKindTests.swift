import Foundation
import KioskDomain
import KioskStore
import KioskSync
import SyncProtocol
import Testing

/// A failed sync stores the kind of its failure beside its words, so the coordinator's screen can say it in plain
/// words; the next success clears both.
struct SyncErrorKindTests {
    typealias F = SyncFixtures

    @Test("a kiosk clock 10 minutes off is stored as a clock error, and a good sync clears it")
    func clockErrorIsStoredThenCleared() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, key) = try await RunningHub.withKiosk()
        let slow = KioskClock.fixed(F.instant.addingTimeInterval(-600), timeZone: F.zone)
        let (late, lateClient) = try hub.sender(store, key: key, clock: slow)
        await #expect(throws: SyncFailure.self) { try await late.syncOnce() }
        await lateClient.shutdown()
        let failed = try store.outbox.syncStatus()
        #expect(failed.lastErrorKind == .clockSkew, "\(failed.lastError ?? "")")
        #expect(failed.lastErrorAt == F.instant.addingTimeInterval(-600))
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        await client.shutdown()
        await hub.stop()
        let cleared = try store.outbox.syncStatus()
        #expect(cleared.lastErrorKind == nil && cleared.lastError == nil && cleared.lastSuccessAt == F.instant)
    }

    @Test("an unreachable hub and a key the hub refuses are stored as their own kinds")
    func unreachableAndKeyRefused() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        let (hub, _) = try await RunningHub.withKiosk()
        let (forger, forgerClient) = try hub.sender(store, key: KioskKey.generate())
        await #expect(throws: SyncFailure.self) { try await forger.syncOnce() }
        await forgerClient.shutdown()
        #expect(try store.outbox.syncStatus().lastErrorKind == .keyRefused)
        let url = hub.url
        await hub.stop()
        let client = try HubClient(endpoint: HubEndpoint(baseURL: url, kioskID: "K1", key: KioskKey.generate()),
                                   clock: F.clock, timeout: .seconds(5))
        let sender = OutboxSender(store: store, client: client, clock: F.clock, kioskID: "K1")
        await #expect(throws: SyncFailure.self) { try await sender.syncOnce() }
        await client.shutdown()
        #expect(try store.outbox.syncStatus().lastErrorKind == .unreachable)
    }

    @Test("each failure maps to the kind its words are chosen by")
    func failureKinds() {
        #expect(SyncFailure.unreachable("x").kind == .unreachable)
        #expect(SyncFailure.refused(RequestRefusal(.clockSkew)).kind == .clockSkew)
        #expect(SyncFailure.refused(RequestRefusal(.revokedKiosk)).kind == .keyRefused)
        #expect(SyncFailure.refused(RequestRefusal(.unknownKiosk)).kind == .keyRefused)
        #expect(SyncFailure.refused(RequestRefusal(.malformedBatch)).kind == .refused)
        #expect(SyncFailure.badAnswer("x").kind == .badAnswer)
        #expect(SyncFailure.store("x").kind == .store)
        #expect(SyncFailure.configuration("x").kind == .configuration)
    }
}
