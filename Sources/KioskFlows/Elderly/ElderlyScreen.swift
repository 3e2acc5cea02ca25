import TerminalUI

/// A screen as elderly mode sees it, whatever screen it is: its normal layout (high contrast), the
/// choices of its menus with their own keys, the keys that move, its figures, and which of its text
/// rows stand above and below the choices.
///
/// Made by drawing the screen's normal layout once with an `ElderlyCapture`; `ElderlyFrame` draws
/// it with large glyphs and `SpokenScreen` reads it aloud, so both follow any menu a flow produces.
struct ElderlyScreen {
    /// The screen's normal layout at the terminal's size.
    let layout: Grid
    let theme: Theme
    /// The screen's title, from its title bar.
    let title: String?
    /// A short line the screen asks to show large (the home screen's prompt).
    let prompt: String?
    /// Every choice of the screen's menus, in order; a key never changes meaning in elderly mode.
    let choices: [MenuItem]
    /// Keys that go back (0) or turn a list's pages: always shown, never paged.
    let navigation: [MenuItem]
    /// The highlighted choice's index in `choices`, if any.
    let highlighted: Int?
    /// The label/value rows, in order.
    let figures: [ElderlyCapture.Figure]
    /// Text rows of the layout (not menus), above the first menu and below it.
    let textAbove: [Int]
    let textBelow: [Int]
    /// Rows shown but not read aloud (who is at the kiosk).
    let asideRows: Set<Int>
    /// How the choices are paged now.
    let paging: ElderlyPaging

    /// The rows of the layout between the title bar and the hint, countdown and status lines.
    static func bodyRows(height: Int) -> Range<Int> { 1..<max(1, height - 3) }

    /// Draws the normal layout of `state` with a capture and collects what elderly mode needs.
    static func capture(_ state: KioskState, strings: StringCatalog) -> ElderlyScreen {
        let capture = ElderlyCapture()
        let layout = KioskRenderer.drawNormalLayout(state, strings: strings, context: capture)
        var choices: [MenuItem] = []
        var navigation: [MenuItem] = []
        var highlighted: Int?
        for menu in capture.menus {
            for (index, item) in menu.items.enumerated() {
                if item.key == "0" {
                    navigation.append(item)
                    continue
                }
                if index == menu.selected { highlighted = choices.count }
                choices.append(item)
            }
            navigation += menu.navigation
        }
        let menuRows = capture.menus.reduce(into: Set<Int>()) { rows, menu in rows.formUnion(menu.rows) }
        let firstMenuRow = capture.menus.map(\.rows.lowerBound).min() ?? Int.max
        var above: [Int] = []
        var below: [Int] = []
        for row in bodyRows(height: layout.height) where !menuRows.contains(row) && !isBlank(layout, row: row) {
            if row < firstMenuRow { above.append(row) } else { below.append(row) }
        }
        let paging = ElderlyPaging(choices: choices, navigation: navigation, highlighted: highlighted,
                                   requestedPage: state.elderlyPage)
        return ElderlyScreen(
            layout: layout, theme: state.isElderlyMode ? Theme.highContrast : Theme.standard, title: capture.title, prompt: capture.prompt, choices: choices,
            navigation: navigation, highlighted: highlighted, figures: capture.figures, textAbove: above,
            textBelow: below, asideRows: capture.asideRows, paging: paging
        )
    }

    /// The choices on the page shown now.
    var pageChoices: ArraySlice<MenuItem> { choices[paging.range] }

    /// True when `scalar` is a frame or mark drawn around text rather than text.
    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2500...0x25FF: true  // box drawing, blocks, geometric shapes (▶ ● ▲ ▼)
        case 0x2190...0x21FF: true  // arrows
        default: false
        }
    }

    /// True for box-drawing characters: the frames around text, left out in elderly mode.
    static func isFrame(_ scalar: Unicode.Scalar) -> Bool {
        (0x2500...0x257F).contains(scalar.value)
    }

    /// True when a layout row holds nothing but spaces and frames.
    static func isBlank(_ grid: Grid, row: Int) -> Bool {
        grid.row(row).allSatisfy { cell in
            cell.isContinuation || cell.text.unicodeScalars.allSatisfy { $0 == " " || isFrame($0) }
        }
    }

    /// A layout row's text with frames removed and runs of spaces collapsed.
    func text(ofRow row: Int) -> String {
        let characters = layout.row(row).filter { !$0.isContinuation }.map(\.text).joined()
        let cleaned = String(characters.unicodeScalars.map { Self.isDecoration($0) ? " " : Character($0) })
        return cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
