import AsyncHTTPClient
import Foundation
@testable import HubServer
import KioskStore
import Testing

struct CountyPageRouteTests {
    typealias F = SyncFixtures

    static func get(_ url: String) async throws -> (UInt, String, String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(10))
        let body = try await response.body.collect(upTo: 1 << 20)
        return (response.status.code, response.headers.first(name: "Content-Type") ?? "", String(buffer: body))
    }

    @Test func theHubServesTheCountyPageAndItsCSVAfterASync() async throws {
        let store = try F.store()
        try F.enrol(store, sequence: 1)
        _ = try F.reportDeath(store)
        let (hub, key) = try await RunningHub.withKiosk()
        let (sender, client) = try hub.sender(store, key: key)
        try await sender.syncOnce()
        await client.shutdown()
        let page = try await Self.get(hub.url + "/")
        let csv = try await Self.get(hub.url + "/county.csv")
        await hub.stop()
        #expect(page.0 == 200 && page.1.hasPrefix("text/html"))
        #expect(page.2.contains("已收记录 2 条，待县级审批 1 件"))
        #expect(csv.0 == 200 && csv.2.contains("K1,450124100210,2026-11-30T04:00:00.000Z,2,0,1,"),
                "the kiosk's village, and nothing left waiting after the sync")
        #expect(page.2.contains("参保覆盖率达到目标的村"))
        let figures = try #require(try await hub.storage.villageFigures()["K1"])
        let coverage = try store.coverage(villageCode: F.village, on: F.clock.today)
        #expect(figures.adults == coverage.adults && figures.insured == coverage.insured && figures.adults > 0)
        #expect(figures.taskItemsJudged > 0 && figures.taskItemsMet <= figures.taskItemsJudged)
    }
}
