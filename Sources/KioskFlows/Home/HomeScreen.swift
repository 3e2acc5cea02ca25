import TerminalUI

/// The first screen: asks for a card and offers elderly mode, the other language and coordinator login.
enum HomeScreen {
    /// The home screen's keys, shown in its menu.
    enum Choice: String, CaseIterable {
        case elderlyMode = "1"
        case switchLanguage = "2"
        case coordinator = "9"

        var labelKey: String {
            switch self {
            case .elderlyMode: "home.choice.elderlyMode"
            case .switchLanguage: "home.choice.switchLanguage"
            case .coordinator: "home.choice.coordinator"
            }
        }
    }

    static func reduce(_ state: inout KioskState, _ key: Key) -> [KioskEffect] {
        guard case .character(let character) = key, let choice = Choice(rawValue: String(character)) else {
            return []
        }
        switch choice {
        case .elderlyMode:
            state.isElderlyMode.toggle()
        case .switchLanguage:
            state.language = state.language.other
        case .coordinator:
            state.screen = .coordinatorLogin(CoordinatorLogin())
        }
        return []
    }

    static func draw(in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        context.drawTitleBar(in: &grid, titleKey: "home.title")

        context.capture?.setPrompt(context.text("home.insertCard.short"))
        let boxWidth = min(grid.width - 4, 64)
        let boxHeight = 6
        let menuRows = Choice.allCases.count
        let blockHeight = boxHeight + 1 + menuRows + 2
        let top = max(2, (grid.height - 2 - blockHeight) / 2)

        let box = Rect(x: (grid.width - boxWidth) / 2, y: top, width: boxWidth, height: boxHeight)
        MessageBox(title: context.text("home.insertCard"), body: context.secondText("home.insertCard"), kind: .info)
            .draw(in: &grid, within: box, theme: theme)

        let items = Choice.allCases.map { choice in
            MenuItem(key: choice.rawValue, label: menuLabel(choice, context))
        }
        let menuWidth = min(grid.width - 4, 60)
        let menuRect = Rect(x: (grid.width - menuWidth) / 2, y: top + boxHeight + 1, width: menuWidth, height: menuRows)
        context.drawMenu(items, selected: nil, rect: menuRect, in: &grid)

        context.drawCentred(context.text("home.hint"), row: menuRect.y + menuRows + 1, in: &grid, style: theme.hint)
        if let problem = context.state.cardServiceProblem {
            let keyRows = context.state.settings.isDemo ? demoKeysLines(context, width: grid.width - 2).count : 1
            context.drawCentred(context.text(problem), row: grid.height - 2 - keyRows, in: &grid, style: theme.warning)
        }
        if context.state.isElderlyMode {
            context.drawCentred(context.text("home.elderlyOn"), row: 1, in: &grid, style: theme.success)
        }
        if context.state.settings.isDemo {
            let keyRows = drawDemoKeys(in: &grid, context)
            if context.state.cardServiceProblem == nil {
                context.drawCentred(DemoPINLine.text(context), row: grid.height - 2 - keyRows, in: &grid, style: theme.hint)
            }
        }
        context.drawStatusLine(in: &grid)
    }

    /// A menu label in both languages, the person's first.
    private static func menuLabel(_ choice: Choice, _ context: ScreenContext) -> String {
        if choice == .switchLanguage {
            return context.text(choice.labelKey)
        }
        return "\(context.text(choice.labelKey))  \(context.secondText(choice.labelKey))"
    }

    /// Draws the demo's key line above the status line (two rows when one is too narrow); returns the rows used.
    @discardableResult
    private static func drawDemoKeys(in grid: inout Grid, _ context: ScreenContext) -> Int {
        let lines = demoKeysLines(context, width: grid.width - 2)
        for (index, line) in lines.enumerated() {
            context.drawCentred(line, row: grid.height - 1 - lines.count + index, in: &grid, style: context.theme.hint)
        }
        return lines.count
    }

    /// `演示：F3 蓝秀梅 F4 韦丽萍 … F9 拔卡 F10 退出`: which keys insert and remove the demo cards, as one line; when
    /// that is wider than `width`, the card keys on one line (broken between two keys, never inside a name) and the
    /// remove and quit keys on the next.
    static func demoKeysLines(_ context: ScreenContext, width: Int) -> [String] {
        let settings = context.state.settings
        let cards = settings.demoCardLabels.prefix(KioskSettings.demoCardKeyCount).enumerated().map { index, label in
            "F\(KioskSettings.firstDemoCardKey + index) \(label)"
        }
        let controls = "F\(KioskSettings.removeDemoCardKey) \(context.text("demo.removeCard")) "
            + "F\(KioskSettings.quitDemoKey) \(context.text("demo.quit"))"
        let lead = context.text("demo.keysLead")
        let oneLine = lead + (cards + [controls]).joined(separator: " ")
        guard DisplayWidth.of(oneLine) > width else { return [oneLine] }
        var lines: [String] = []
        var line = lead
        var lineHasKey = false
        for key in cards {
            let candidate = lineHasKey ? line + " " + key : line + key
            if lineHasKey, DisplayWidth.of(candidate) > width {
                lines.append(line)
                line = key
            } else {
                line = candidate
            }
            lineHasKey = true
        }
        return lines + [line, controls]
    }
}
