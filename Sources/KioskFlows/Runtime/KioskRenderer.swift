import KioskDomain
import TerminalUI

/// The kiosk's one view function: draws the state into a grid of the terminal's size.
public enum KioskRenderer {
    /// The frame for `state`, with every text taken from `strings`; `largeText` draws elderly mode's big glyphs.
    public static func render(_ state: KioskState, strings: StringCatalog, largeText: LargeTextRenderer? = nil) -> Grid {
        let theme = state.isElderlyMode ? Theme.highContrast : Theme.standard
        var grid = Grid(size: state.size, style: theme.background)
        let context = ScreenContext(state: state, strings: strings, theme: theme, largeText: largeText)
        guard state.fitsTerminal else {
            TooSmallScreen.draw(in: &grid, context)
            return grid
        }
        switch state.screen {
        case .home:
            HomeScreen.draw(in: &grid, context)
        case .coordinatorLogin(let login):
            CoordinatorLoginScreen.draw(login, in: &grid, context)
        case .coordinator(let step):
            CoordinatorScreen.draw(step, in: &grid, context)
        case .readingCard:
            CardSessionFlow.drawReading(in: &grid, context)
        case .cardProblem(let problem):
            CardSessionFlow.drawProblem(problem, in: &grid, context)
        case .identified(let holder):
            IdentifiedScreen.draw(holder, in: &grid, context)
        case .villager(let session):
            VillagerScreen.draw(session, in: &grid, context)
        }
        return grid
    }
}

/// What a screen needs to draw itself: the state, the texts in the chosen language, the theme.
public struct ScreenContext: Sendable {
    public let state: KioskState
    public let strings: StringCatalog
    public let theme: Theme
    /// The large-glyph renderer, when the font could be loaded.
    public let largeText: LargeTextRenderer?

    /// The text for `key` in the person's language.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        strings.text(key, state.language, arguments)
    }

    /// The text of a message in the person's language, its values filled in.
    public func text(_ message: UserMessage) -> String {
        strings.text(message, state.language)
    }

    /// The text for `key` in the second language.
    public func secondText(_ key: String, _ arguments: [String: String] = [:]) -> String {
        strings.text(key, state.language.other, arguments)
    }

    /// The status line at the bottom of every screen: village on the left, time on the right.
    public func drawStatusLine(in grid: inout Grid) {
        StatusLine(leading: state.settings.villageName, trailing: state.clock.minuteText)
            .draw(in: &grid, row: grid.height - 1, theme: theme)
    }

    /// The title bar at the top of every screen: this screen's title, the product's name on the right.
    public func drawTitleBar(in grid: inout Grid, titleKey: String) {
        TitleBar(title: text(titleKey), trailing: text("app.name"))
            .draw(in: &grid, row: 0, theme: theme)
    }

    /// Draws `line` centred on `row`, clipped to the grid.
    public func drawCentred(_ line: String, row: Int, in grid: inout Grid, style: CellStyle) {
        let fitted = TextLayout.truncate(line, width: grid.width - 2)
        let x = max(0, (grid.width - DisplayWidth.of(fitted)) / 2)
        grid.write(fitted, x: x, y: row, style: style)
    }
}
