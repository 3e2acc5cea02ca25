import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// A coordinator's session ends 30 minutes after login however busy they keep it.
struct CoordinatorSessionLifetimeTests {
    /// 09:05:00 plus `seconds` on the fixture's day.
    static func time(_ seconds: Int) -> WallClockTime {
        WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 5 + seconds / 60, second: seconds % 60)
    }

    @Test func aBusyCoordinatorIsLoggedOutThirtyMinutesAfterLoginAndNotBefore() {
        var state = CoordinatorLoginTests.atPIN()
        _ = CoordinatorLoginTests.type(&state, "123456")
        _ = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        let login = state.clock.secondsSinceEpochOnWall
        var seconds = 0
        // A key every 30 s keeps the idle time-out away.
        while seconds < 30 * 60 - 30 {
            seconds += 30
            _ = KioskReducer.reduce(&state, .clock(Self.time(seconds)))
            _ = KioskReducer.reduce(&state, .key(.down))
        }
        #expect(state.coordinator != nil, "still in at \(state.clock.secondsSinceEpochOnWall - login) s")
        _ = KioskReducer.reduce(&state, .clock(Self.time(seconds + 30)))
        #expect(state.clock.secondsSinceEpochOnWall - login >= 30 * 60)
        #expect(state.coordinator == nil)
        #expect(state.screen == .home)
    }
}
