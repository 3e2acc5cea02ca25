import KioskDomain
@testable import KioskFlows
import TerminalUI
import Testing

/// A walk through the menus in elderly mode: from the home screen and from the service menus of a
/// pensioner, a person not yet enrolled and a contributor, pressing every key a screen offers (its
/// choices, its moves, its page keys) and passing the card-PIN stage, screen after screen.
enum ElderlyWalk {
    /// Where the walk starts.
    static func starts(width: Int = 80, height: Int = 24) -> [KioskState] {
        var home = Fixture.state(width: width, height: height)
        home.isElderlyMode = true
        let files = [
            VillagerFixture.pensioner(),
            SchemeFlowFixture.file(SchemeFlowFixture.person(born: "1980-03-15")),
            SchemeFlowFixture.file(
                SchemeFlowFixture.person(born: "1975-05-20"),
                account: InsuranceAccount(personID: SchemeFlowFixture.idNumber(born: SchemeFlowFixture.day("1975-05-20")),
                                          status: .paying, enrolledOn: CivilDate(iso: "2015-01-01"), tierYuan: 200),
                history: SchemeFlowFixture.history(SchemeFlowFixture.person(born: "1975-05-20"), years: Array(2015...2025))
            ),
        ]
        let sessions = files.map { file -> KioskState in
            var state = SchemeFlowFixture.session(file)
            state.isElderlyMode = true
            state.size = TerminalSize(width: width, height: height)
            return state
        }
        return [home] + sessions
    }

    /// Every distinct screen reached within `depth` key presses of the starts, at most `limit` of them.
    static func states(width: Int = 80, height: Int = 24, depth: Int = 4, limit: Int = 160) -> [KioskState] {
        var seen: [KioskState] = []
        var frontier = starts(width: width, height: height)
        for _ in 0...depth {
            var next: [KioskState] = []
            for state in frontier where !seen.contains(state) && seen.count < limit {
                seen.append(state)
                next += successors(of: state)
            }
            frontier = next
        }
        return seen
    }

    /// The screens one key away: each key the elderly screen offers except going back (the home screen's keys
    /// leave elderly mode or the villager's side, so the walk goes no further from it).
    static func successors(of state: KioskState) -> [KioskState] {
        if CardPINSteps.stage(state) != nil {
            var passed = state
            CardPINSteps.pass(&passed)
            return [passed]
        }
        let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
        var keys = (screen.choices + screen.navigation).map(\.key).filter { $0 != "0" }
        keys += screen.paging.keys.map(\.key)
        if case .home = state.screen { return [] }
        var result: [KioskState] = []
        for key in Set(keys).sorted() {
            var next = state
            guard let character = key.first, key.count == 1 else { continue }
            let pressed = Key.character(character)
            let event = screen.paging.event(for: pressed) ?? .key(pressed)
            _ = KioskReducer.reduce(&next, event)
            if next != state, next.isElderlyMode { result.append(next) }
        }
        return result
    }
}
