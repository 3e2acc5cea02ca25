import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// The upstream sync's line on the coordinator's menu: asked for at login, entries waiting, the last successful
/// sync, the last error in plain words in either language, and gone at logout.
struct CoordinatorSyncLineTests {
    static func loggedIn() -> (KioskState, [KioskEffect]) {
        var state = CoordinatorLoginTests.atPIN()
        _ = CoordinatorLoginTests.type(&state, "123456")
        let effects = KioskReducer.reduce(&state, .coordinatorPINChecked(.accepted))
        return (state, effects)
    }

    static let lastSuccess = WallClockTime(year: 2026, month: 11, day: 29, hour: 17, minute: 42)
    static let failedAt = WallClockTime(year: 2026, month: 11, day: 30, hour: 8, minute: 3)

    @Test("the login asks for the sync state and the menu shows entries waiting and the last upload")
    func loginLoadsTheSyncLine() throws {
        var (state, effects) = Self.loggedIn()
        #expect(effects == [.loadUpstreamSync])
        #expect(!ScreenSnapshot.text(of: state).contains("上传县里"), "nothing is shown before the state is read")
        _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(UpstreamSyncLine(
            waiting: 37, lastSuccess: Self.lastSuccess, lastErrorKind: nil, lastErrorAt: nil)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("上传县里：待传 37 条，上次成功 2026-11-29 17:42"))
        #expect(!text.contains("上次出错"))
        try ScreenSnapshot.checkBoth(state, named: "coordinator-menu-sync")
    }

    @Test("the last error is said in plain words for its kind, with when it happened, in both languages")
    func lastErrorInPlainWords() {
        var (state, _) = Self.loggedIn()
        _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(UpstreamSyncLine(
            waiting: 5, lastSuccess: Self.lastSuccess, lastErrorKind: "clockSkew", lastErrorAt: Self.failedAt)))
        let chinese = ScreenSnapshot.text(of: state)
        #expect(chinese.contains("上次出错（2026-11-30 08:03）："))
        #expect(chinese.contains("本机时间与县里相差太多，请联系县技术员校准时间"))
        state.language = .english
        let english = ScreenSnapshot.text(of: state)
        #expect(english.contains("Last error (2026-11-30 08:03):"))
        #expect(english.contains("this kiosk's clock is wrong; ask the technician"))
        #expect(english.contains("To the county: 5 waiting, last upload 2026-11-29 17:42"))
    }

    @Test("a kiosk that never synced says so, and an unknown error kind gets the general words")
    func neverSyncedAndUnknownKind() {
        var (state, _) = Self.loggedIn()
        _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(UpstreamSyncLine(
            waiting: 0, lastSuccess: nil, lastErrorKind: "somethingNew", lastErrorAt: Self.failedAt)))
        let text = ScreenSnapshot.text(of: state)
        #expect(text.contains("上传县里：待传 0 条，还没有成功上传过"))
        #expect(text.contains("上传没有成功，稍后会自动重试"))
    }

    @Test("every error kind has its own words in both tables")
    func everyKindHasWords() {
        for kind in ["unreachable", "clockSkew", "keyRefused", "refused", "badAnswer", "store", "configuration"] {
            var (state, _) = Self.loggedIn()
            _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(UpstreamSyncLine(
                waiting: 1, lastSuccess: nil, lastErrorKind: kind, lastErrorAt: Self.failedAt)))
            for language in [Language.chinese, .english] {
                state.language = language
                let text = ScreenSnapshot.text(of: state)
                #expect(!text.contains(StringCatalog.missingMark), "\(kind) in \(language)")
                #expect(!text.contains("上传没有成功") && !text.contains("the upload failed"), "\(kind) has its own words")
            }
        }
    }

    @Test("logging out forgets the sync line, and an answer arriving after the logout is dropped")
    func logoutForgetsIt() {
        var (state, _) = Self.loggedIn()
        let line = UpstreamSyncLine(waiting: 2, lastSuccess: nil, lastErrorKind: nil, lastErrorAt: nil)
        _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(line))
        #expect(state.upstreamSync == line)
        state.logOut()
        #expect(state.upstreamSync == nil)
        _ = KioskReducer.reduce(&state, .upstreamSyncLoaded(line))
        #expect(state.upstreamSync == nil)
        #expect(!ScreenSnapshot.text(of: state).contains("上传县里"))
    }
}
