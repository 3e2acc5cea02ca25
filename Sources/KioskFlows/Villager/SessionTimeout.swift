extension KioskState {
    /// Seconds left before the session times out; nil when nothing is waiting to time out.
    public var secondsUntilTimeout: Int? {
        SessionTimeout.secondsLeft(self)
    }
}

/// The inactivity time-out of a card session: how long is left, and when it has run out.
enum SessionTimeout {
    /// Seconds left before the session ends; nil outside a session or while the store is writing.
    static func secondsLeft(_ state: KioskState) -> Int? {
        guard state.screen != .home, let last = state.lastActivity else { return nil }
        if case .villager(let session) = state.screen, case .recording = session.step { return nil }
        let settings = state.settings
        let limit = state.coordinator != nil || isLogin(state.screen)
            ? settings.coordinatorTimeoutSeconds
            : (state.isElderlyMode ? settings.elderlySessionTimeoutSeconds : settings.sessionTimeoutSeconds)
        let elapsed = state.clock.secondsSinceEpochOnWall - last.secondsSinceEpochOnWall
        return max(0, limit - elapsed)
    }

    /// Ends the session when its time is up (a coordinator is logged out too); call on every clock event.
    static func check(_ state: inout KioskState) {
        if let left = secondsLeft(state), left == 0 {
            state.logOut()
        } else if coordinatorSessionExpired(state) {
            state.logOut()
        }
    }

    /// Whether the coordinator's session has reached its absolute lifetime (never while the store is writing).
    static func coordinatorSessionExpired(_ state: KioskState) -> Bool {
        guard state.coordinator != nil, let since = state.coordinatorLoggedInAt else { return false }
        if case .villager(let session) = state.screen, case .recording = session.step { return false }
        let elapsed = state.clock.secondsSinceEpochOnWall - since.secondsSinceEpochOnWall
        return elapsed >= state.settings.coordinatorSessionLimitSeconds
    }

    private static func isLogin(_ screen: Screen) -> Bool {
        if case .coordinatorLogin = screen { return true }
        return false
    }
}
