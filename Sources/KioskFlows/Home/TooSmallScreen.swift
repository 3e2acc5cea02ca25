import TerminalUI

/// What the kiosk shows when the terminal is smaller than 80x24, instead of a garbled screen.
enum TooSmallScreen {
    static func draw(in grid: inout Grid, _ context: ScreenContext) {
        let arguments = [
            "width": "\(context.state.size.width)", "height": "\(context.state.size.height)",
            "minWidth": "\(KioskState.minimumSize.width)", "minHeight": "\(KioskState.minimumSize.height)",
        ]
        var lines: [String] = []
        for key in ["screen.tooSmall.title", "screen.tooSmall.body"] {
            lines += TextLayout.wrap(context.text(key, arguments), width: max(1, grid.width - 2))
            lines += TextLayout.wrap(context.secondText(key, arguments), width: max(1, grid.width - 2))
        }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < grid.height {
            grid.write(line, x: 1, y: top + offset, style: offset == 0 ? context.theme.warning : context.theme.text)
        }
    }
}
