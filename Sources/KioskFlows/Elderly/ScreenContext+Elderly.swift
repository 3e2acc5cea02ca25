import TerminalUI

extension ScreenContext {
    /// Draws a numbered menu, its choices first and then `navigation` (keys that turn a list's pages),
    /// and returns the rows it took. In elderly mode the menu is also recorded, so `ElderlyFrame` can
    /// show it a page of four choices at a time with the highlighted one large.
    @discardableResult
    func drawMenu(_ items: [MenuItem], selected: Int?, rect: Rect, in grid: inout Grid, navigation: [MenuItem] = []) -> Int {
        let all = items + navigation
        NumberedMenu(items: all, selected: selected).draw(in: &grid, rect: rect, theme: theme)
        let rows = min(all.count, max(0, rect.height))
        capture?.addMenu(ElderlyCapture.Menu(items: items, navigation: navigation, selected: selected,
                                             rows: rect.y..<(rect.y + rows)))
        return rows
    }

    /// Marks a row that repeats who is at the kiosk: elderly mode shows it but does not read it aloud.
    func markAside(row: Int) {
        capture?.addAside(row: row)
    }
}
