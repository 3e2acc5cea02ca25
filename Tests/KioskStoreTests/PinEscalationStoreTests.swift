import Foundation
import KioskDomain
@testable import KioskStore
import Testing

/// Escalating coordinator lockouts kept in the database file, on instants the test chooses.
struct PinEscalationStoreTests {
    typealias F = StoreFixtures
    let start = Date(timeIntervalSince1970: 1_796_000_000)
    static let card = "GX3456789"

    /// Five wrong PINs at `instant` in a freshly opened store over `path`; what the fifth answered.
    func fiveWrong(path: String, at instant: Date) throws -> CoordinatorLoginResult {
        let store = try KioskStore.open(path: path, villageCode: F.village)
        var last = CoordinatorLoginResult.accepted(PinStoreTests.coordinator)
        for _ in 1...5 {
            last = try store.checkCoordinatorLogin(cardNumber: Self.card, pin: CoordinatorPIN("111112"), at: instant)
        }
        return last
    }

    @Test func locksEscalateAcrossRestartsAndTheFourthHoldsUntilTheTechnicianResetsThePIN() throws {
        let path = F.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try PinStoreTests().storeWithCoordinator(path: path)

        #expect(try fiveWrong(path: path, at: start) == .refused(.locked(until: start.addingTimeInterval(15 * 60))))
        let second = start.addingTimeInterval(15 * 60)
        #expect(try fiveWrong(path: path, at: second) == .refused(.locked(until: second.addingTimeInterval(3600))))
        let third = second.addingTimeInterval(3600)
        #expect(try fiveWrong(path: path, at: third) == .refused(.locked(until: third.addingTimeInterval(86400))))
        let fourth = third.addingTimeInterval(86400)
        #expect(try fiveWrong(path: path, at: fourth) == .refused(.lockedUntilReset))

        let reopened = try KioskStore.open(path: path, villageCode: F.village)
        let yearLater = fourth.addingTimeInterval(365 * 86400)
        #expect(try reopened.checkCoordinatorLogin(cardNumber: Self.card, pin: CoordinatorPIN("480213"), at: yearLater)
            == .refused(.lockedUntilReset), "the right PIN a year later is still refused")
        try reopened.resetCoordinatorPIN(id: PinStoreTests.coordinator.id, pin: CoordinatorPIN("905172"),
                                         iterations: PinStoreTests.testIterations, actor: .system, at: yearLater)
        #expect(try reopened.checkCoordinatorLogin(cardNumber: Self.card, pin: CoordinatorPIN("905172"), at: yearLater)
            == .accepted(PinStoreTests.coordinator))
        #expect(try fiveWrong(path: path, at: yearLater) == .refused(.locked(until: yearLater.addingTimeInterval(15 * 60))),
                "after the reset the escalation starts again at 15 minutes")
    }
}
