import TerminalUI

/// Draws a logged-in coordinator's screens: the menu, acting for a villager, and the work screens.
enum CoordinatorScreen {
    static func draw(_ step: CoordinatorStep, in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        if case .work(let work) = step {
            context.drawTitleBar(in: &grid, titleKey: work.titleKey)
        } else {
            context.drawTitleBar(in: &grid, titleKey: "coordinator.menu.title")
        }
        if let coordinator = context.state.coordinator {
            grid.write(context.text("coordinator.header", ["name": coordinator.name, "id": coordinator.id]),
                       x: 2, y: 1, style: theme.subtitle)
        }
        let area = Rect(x: 2, y: 3, width: grid.width - 4, height: grid.height - 7)
        switch step {
        case .menu(let selected):
            let items = CoordinatorChoice.allCases.enumerated().map { index, choice in
                MenuItem(key: index < 9 ? "\(index + 1)" : "0", label: context.text(choice.labelKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y, width: area.width, height: items.count), theme: theme)
            if let sync = context.state.upstreamSync {
                let row = area.y + items.count + 1
                grid.write(context.text(sync.statusMessage), x: area.x, y: row, style: theme.subtitle, maxWidth: area.width)
                if let error = sync.errorMessages {
                    grid.write(context.text(error.heading), x: area.x, y: row + 1, style: theme.warning, maxWidth: area.width)
                    grid.write(context.text(error.reason), x: area.x + 2, y: row + 2, style: theme.warning,
                               maxWidth: area.width - 2)
                }
            }
        case .waitingForVillagerCard:
            MessageBox(title: context.text("coordinator.act.insertVillagerCard"), body: context.text("coordinator.act.body"),
                       kind: .info, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .readingVillagerCard:
            MessageBox(title: context.text("card.reading.title"), body: context.text("card.reading.body"), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .villagerCardProblem(let problem):
            MessageBox(title: context.text("card.problem.title"), body: context.text(problem), kind: .warning,
                       footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .work(let work):
            WorkScreen.draw(work, in: &grid, area: area, context)
        case .registerIDCard(let registration):
            IDCardRegistrationFlow.draw(registration, in: &grid, area: area, context)
        }
        let hint: String = if case .work(let work) = step { WorkScreen.hintKey(work) } else { "nav.numberOrBack" }
        context.drawCentred(context.text(hint), row: grid.height - 3, in: &grid, style: theme.hint)
        if let remaining = SessionTimeout.secondsLeft(context.state), remaining <= KioskSettings.timeoutWarningSeconds {
            context.drawCentred(context.text("session.countdown", ["seconds": "\(remaining)"]), row: grid.height - 2,
                                in: &grid, style: theme.warning)
        }
        context.drawStatusLine(in: &grid)
    }
}
