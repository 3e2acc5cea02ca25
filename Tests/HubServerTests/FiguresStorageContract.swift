import Foundation
import HubServer
import SyncProtocol
import Testing

/// What every backend must do with village figures: keep the newest per kiosk, never let older ones replace them.
enum FiguresStorageContract {
    static func figures(_ at: String, insured: Int) -> VillageFigures {
        VillageFigures(villageCode: "450124100210", computedAt: at, adults: 100, insured: insured, taskItemsJudged: 8,
                       taskItemsMet: 5, waiting: 3)
    }

    /// `storage` has kiosk K1 registered.
    static func theNewestFiguresAreKept(_ storage: any HubStorage) async throws {
        #expect(try await storage.villageFigures().isEmpty)
        #expect(try await storage.keepFigures(figures("2026-11-30T04:00:00.000Z", insured: 90), kiosk: "K1",
                                              at: HubFixtures.instant))
        #expect(try await storage.keepFigures(figures("2026-11-30T05:00:00.000Z", insured: 96), kiosk: "K1",
                                              at: HubFixtures.instant))
        #expect(try await !storage.keepFigures(figures("2026-11-30T04:30:00.000Z", insured: 10), kiosk: "K1",
                                               at: HubFixtures.instant), "older figures arriving late are not kept")
        #expect(try await storage.villageFigures() == ["K1": figures("2026-11-30T05:00:00.000Z", insured: 96)])
    }
}

extension SQLiteHubStorageTests {
    @Test("SQLite: the newest village figures of a kiosk are kept")
    func newestFigures() async throws {
        let storage = try SQLiteHubStorage.inMemory()
        try await registered(storage)
        try await FiguresStorageContract.theNewestFiguresAreKept(storage)
    }
}

extension PostgresHubStorageTests {
    @Test("PostgreSQL: the newest village figures of a kiosk are kept")
    func newestFigures() async throws {
        try await withStorage { storage, _ in try await FiguresStorageContract.theNewestFiguresAreKept(storage) }
    }
}

/// Figures that cannot be right are refused by the format's own check.
struct VillageFiguresFormTests {
    @Test("more insured than adults, negative counts or more items met than judged are malformed")
    func impossibleFigures() {
        let good = FiguresStorageContract.figures("2026-11-30T04:00:00.000Z", insured: 90)
        #expect(good.isWellFormed)
        var bad = good
        bad.insured = 101
        #expect(!bad.isWellFormed)
        bad = good
        bad.taskItemsMet = 9
        #expect(!bad.isWellFormed)
        bad = good
        bad.waiting = -1
        #expect(!bad.isWellFormed)
    }
}
