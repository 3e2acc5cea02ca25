import TerminalUI

/// Draws the coordinator's login: insert the card, type the PIN (masked), or why it cannot go on.
enum CoordinatorLoginScreen {
    static func draw(_ login: CoordinatorLogin, in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        context.drawTitleBar(in: &grid, titleKey: "coordinator.login.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        switch login.step {
        case .insertCard:
            MessageBox(title: context.text("coordinator.login.insertCard"), body: context.text("coordinator.login.body"),
                       kind: .info, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .readingCard, .identifying, .verifying:
            MessageBox(title: context.text("coordinator.login.checking"), body: context.text("card.reading.body"), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .enterPIN(let identity, let entry, let notice):
            grid.write(context.text("coordinator.login.hello", ["name": identity.name, "id": identity.id]),
                       x: area.x, y: area.y + 1, style: theme.title)
            entry.field(label: context.text("coordinator.login.pin"), masked: true)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 3, width: min(area.width, 40), height: 1), theme: theme)
            if case .rejected(let left) = notice {
                grid.write(context.text("coordinator.login.wrongPIN", ["left": "\(left)"]), x: area.x, y: area.y + 5,
                           style: theme.error)
            }
            grid.write(context.text("coordinator.login.pinHint"), x: area.x, y: area.y + 7, style: theme.hint)
            if context.state.settings.isDemo {
                grid.write(context.text("demo.coordinatorPIN"), x: area.x, y: area.y + 9, style: theme.hint)
            }
        case .refused(let problem):
            MessageBox(title: context.text("coordinator.login.refused"), body: context.text(problem),
                       kind: .error, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        }
        context.drawStatusLine(in: &grid)
    }
}
