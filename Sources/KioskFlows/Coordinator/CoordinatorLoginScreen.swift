import TerminalUI

/// The coordinator's way in: asks for the coordinator's own card; 0 or Esc goes back home.
enum CoordinatorLoginScreen {
    static func reduce(_ state: inout KioskState, _ key: Key) -> [KioskEffect] {
        if key == .escape || key == .character("0") {
            state.screen = .home
        }
        return []
    }

    static func draw(in grid: inout Grid, _ context: ScreenContext) {
        context.drawTitleBar(in: &grid, titleKey: "coordinator.login.title")
        let area = Rect(x: 2, y: 2, width: grid.width - 4, height: grid.height - 5)
        MessageBox(
            title: context.text("coordinator.login.insertCard"),
            body: context.text("coordinator.login.body"),
            kind: .info,
            footer: context.text("nav.backHint")
        ).draw(in: &grid, within: area, theme: context.theme)
        context.drawStatusLine(in: &grid)
    }
}
