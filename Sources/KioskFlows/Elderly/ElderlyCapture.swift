import TerminalUI

/// What a screen's normal layout hands to elderly mode while it draws: its menus, its figures, its title
/// and the rows it marks as asides, recorded by the shared drawing helpers (`drawMenu`, `InfoRows`,
/// `drawTitleBar`), so elderly mode is drawn from any screen without knowing which one it is.
///
/// One capture lives for one render on one thread and is never shared, hence the unchecked sendability.
final class ElderlyCapture: @unchecked Sendable {
    /// One numbered menu as the screen drew it.
    struct Menu: Equatable {
        /// The choices, in order, with their own keys.
        var items: [MenuItem]
        /// Keys that move rather than choose (a list's previous and next page), drawn after the choices.
        var navigation: [MenuItem]
        /// The highlighted choice's index in `items`, if any.
        var selected: Int?
        /// The rows the normal layout gave it.
        var rows: Range<Int>
    }

    /// One label/value row as the screen drew it.
    struct Figure: Equatable {
        var label: String
        var labelKey: String
        var value: DisplayValue
        /// The value as shown.
        var text: String
        var isKey: Bool
        var row: Int
    }

    private(set) var menus: [Menu] = []
    private(set) var figures: [Figure] = []
    /// The screen's title (the title bar's leading text).
    private(set) var title: String?
    /// A short line the screen asks to show large (the home screen's "insert your card").
    private(set) var prompt: String?
    /// Rows that repeat who is at the kiosk on every screen: shown, not read aloud.
    private(set) var asideRows: Set<Int> = []

    func addMenu(_ menu: Menu) { menus.append(menu) }
    func addFigure(_ figure: Figure) { figures.append(figure) }
    func setTitle(_ text: String) { title = text }
    func setPrompt(_ text: String) { prompt = text }
    func addAside(row: Int) { asideRows.insert(row) }
}
