import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import KioskStore
import Testing
@testable import KioskServices

/// The coordinator desk reads the store's sync state for the menu's sync line, its instants on the kiosk's clock.
struct CoordinatorSyncLineDeskTests {
    static let instant = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("the desk posts entries waiting, the last success and the last error's kind from the store")
    func theDeskPostsTheSyncLine() throws {
        let store = try KioskStore.inMemory(villageCode: "450124100210", timeZone: KioskStore.chinaTime)
        try store.outbox.recordSyncSuccess(at: Self.instant, anchorSequence: nil, anchorHash: nil)
        try store.outbox.recordSyncFailure(at: Self.instant.addingTimeInterval(3_600), error: "the county hub cannot be reached",
                                           kind: .unreachable)
        let desk = CoordinatorDesk(store: store, clock: .fixed(Self.instant, timeZone: KioskStore.chinaTime),
                                   policies: try StoreOpening.policies())
        let inbox = EventInbox()
        desk.loadUpstreamSync(posting: inbox)
        var line: UpstreamSyncLine?
        for _ in 0..<500 {
            if case .upstreamSyncLoaded(let loaded)? = inbox.drain().first { line = loaded; break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let loaded = try #require(line)
        #expect(loaded.waiting == 0)
        #expect(loaded.lastSuccess == WallClockTime(date: Self.instant, timeZone: KioskStore.chinaTime))
        #expect(loaded.lastErrorKind == "unreachable")
        #expect(loaded.lastErrorAt == WallClockTime(date: Self.instant.addingTimeInterval(3_600), timeZone: KioskStore.chinaTime))
    }

    @Test("every kind of sync failure the store keeps has its own words in both string tables")
    func everyStoredKindHasWords() throws {
        let strings = try StringCatalog.load(from: KioskAssets.url("strings"))
        for kind in SyncErrorKind.allCases {
            for language in Language.allCases {
                let text = strings.text("sync.coordinator.error.\(kind.rawValue)", language)
                #expect(!text.contains(StringCatalog.missingMark), "\(kind) in \(language)")
            }
        }
    }
}
