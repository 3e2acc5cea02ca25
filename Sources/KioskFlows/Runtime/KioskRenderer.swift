import KioskDomain
import TerminalUI

/// The kiosk's one view function: draws the state into a grid of the terminal's size.
public enum KioskRenderer {
    /// The frame for `state`, with every text taken from `strings`; `largeText` draws elderly mode's big glyphs.
    public static func render(_ state: KioskState, strings: StringCatalog, largeText: LargeTextRenderer? = nil) -> Grid {
        if state.isElderlyMode, state.fitsTerminal, let largeText, largeText.isAvailable {
            return ElderlyFrame.draw(ElderlyScreen.capture(state, strings: strings), state: state, strings: strings,
                                     largeText: largeText).grid
        }
        return drawNormalLayout(state, strings: strings, context: nil)
    }

    /// The screen's normal layout (high contrast in elderly mode); with a capture, the helpers record what they draw.
    static func drawNormalLayout(_ state: KioskState, strings: StringCatalog, context capture: ElderlyCapture?) -> Grid {
        let theme = state.isElderlyMode ? Theme.highContrast : Theme.standard
        var grid = Grid(size: state.size, style: theme.background)
        let context = ScreenContext(state: state, strings: strings, theme: theme, capture: capture)
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
        case .coordinatorPINRecheck(let stage):
            CoordinatorPINStage.draw(stage, in: &grid, context)
        }
        return grid
    }
}

/// What a screen needs to draw itself: the state, the texts in the chosen language, the theme.
///
/// Screens draw only their normal layout; elderly mode's large glyphs are drawn from what that layout
/// records (`ElderlyFrame`), so no screen has an elderly variant of its own.
public struct ScreenContext: Sendable {
    public let state: KioskState
    public let strings: StringCatalog
    public let theme: Theme
    /// Set while the normal layout is drawn for elderly mode: the drawing helpers record into it.
    var capture: ElderlyCapture? = nil

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
        capture?.setTitle(text(titleKey))
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
