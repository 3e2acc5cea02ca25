import Foundation
import TerminalUI

/// Draws an elderly screen: one question with at most four choices, the choice or figure that matters
/// as one line of Unifont glyphs at full resolution (16 columns x 8 rows a wide character, half blocks),
/// and everything else as normal text in the high-contrast theme.
///
/// From top to bottom: the title bar, the screen's text above its menu, the big lines (as many as the
/// room allows: one at 80x24, one more for each further 8 rows), the page's choices and the keys that move, the
/// page line ("第 1/2 页　按 9 下一页"), the text below the menu, then the hint, countdown and status lines
/// where the normal layout has them. When text and choices leave no room for eight rows, no big line is drawn.
enum ElderlyFrame {
    /// One line drawn in large glyphs: its text and where its top-left cell is.
    struct BigLine: Equatable {
        var text: String
        var x: Int
        var y: Int
    }

    /// The frame, and where its big lines are (for tests that read the glyphs back).
    struct Drawn {
        var grid: Grid
        var bigLines: [BigLine]
    }

    static func draw(_ screen: ElderlyScreen, state: KioskState, strings: StringCatalog, largeText: LargeTextRenderer) -> Drawn {
        let theme = screen.theme
        let layout = screen.layout
        var grid = Grid(size: layout.size, style: theme.background)
        let body = ElderlyScreen.bodyRows(height: grid.height)
        copyRow(0, to: 0, from: layout, into: &grid, theme: theme)
        for row in body.upperBound..<grid.height { copyRow(row, to: row, from: layout, into: &grid, theme: theme) }

        let pageChoices = Array(screen.pageChoices)
        let listItems = pageChoices + screen.navigation
        let pageLine = pageLineText(screen.paging, state: state, strings: strings)
        let listRows = listItems.count + (pageLine == nil ? 0 : 1)
        var above = screen.textAbove
        var below = screen.textBelow
        let textRoom = max(0, body.count - listRows)
        while above.count + below.count > textRoom {
            if !below.isEmpty { below.removeLast() } else { above.removeLast() }
        }
        let bigRoom = min(maxBigLines(height: grid.height),
                          max(0, body.count - listRows - above.count - below.count) / LargeTextRenderer.lineRows)
        let candidates = bigCandidates(screen, pageChoices: pageChoices, room: bigRoom)

        var y = body.lowerBound
        for row in above {
            copyRow(row, to: y, from: layout, into: &grid, theme: theme)
            y += 1
        }
        var bigLines: [BigLine] = []
        for candidate in candidates.prefix(bigRoom) {
            let text = largeText.fitting(candidate.text, width: grid.width)
            let width = largeText.measure(text).width
            let x = max(0, (grid.width - width) / 2)
            largeText.draw(text, in: &grid, x: x, y: y, style: candidate.style(theme))
            bigLines.append(BigLine(text: text, x: x, y: y))
            y += LargeTextRenderer.lineRows
        }
        let highlighted = screen.highlighted.flatMap { screen.paging.range.contains($0) ? $0 - screen.paging.range.lowerBound : nil }
        if !listItems.isEmpty {
            NumberedMenu(items: listItems, selected: highlighted)
                .draw(in: &grid, rect: Rect(x: 2, y: y, width: grid.width - 4, height: listItems.count), theme: theme)
            y += listItems.count
        }
        if let pageLine {
            grid.write(TextLayout.truncate(pageLine, width: grid.width - 4), x: 2, y: y, style: theme.hint)
            y += 1
        }
        for row in below {
            copyRow(row, to: y, from: layout, into: &grid, theme: theme)
            y += 1
        }
        return Drawn(grid: grid, bigLines: bigLines)
    }

    /// One big line at 80x24, and one more for every further 8 rows of a larger console.
    static func maxBigLines(height: Int) -> Int {
        1 + max(0, height - KioskState.minimumSize.height) / LargeTextRenderer.lineRows
    }

    /// "第 1/2 页　按 9 下一页　按 8 上一页" when the choices take more than one page.
    static func pageLineText(_ paging: ElderlyPaging, state: KioskState, strings: StringCatalog) -> String? {
        guard paging.pages > 1 else { return nil }
        let language = state.language
        let position = strings.text("elderly.page.position", language, ["page": "\(paging.page + 1)", "pages": "\(paging.pages)"])
        let keys = paging.keys.map { strings.text("elderly.page.key", language, ["key": $0.key, "label": strings.text($0.labelKey, language)]) }
        return ([position] + keys).joined(separator: "　")
    }

    /// What may be drawn large, most important first.
    private enum Candidate {
        case prompt(String)
        case figure(String)
        case choice(MenuItem, selected: Bool)

        var text: String {
            switch self {
            case .prompt(let text), .figure(let text): text
            case .choice(let item, _): "\(item.key) \(ElderlyFrame.labelHead(item.label))"
            }
        }

        func style(_ theme: Theme) -> CellStyle {
            switch self {
            case .prompt, .figure: theme.title
            case .choice(_, let selected): selected ? theme.menuSelected : theme.menuItem
            }
        }
    }

    /// The prompt and key figures when the screen has them; else the page's choices when all fit, else
    /// the highlighted one (or the first).
    private static func bigCandidates(_ screen: ElderlyScreen, pageChoices: [MenuItem], room: Int) -> [Candidate] {
        var candidates: [Candidate] = []
        if let prompt = screen.prompt { candidates.append(.prompt(prompt)) }
        candidates += screen.figures.filter(\.isKey).map { .figure($0.text) }
        if !candidates.isEmpty || pageChoices.isEmpty { return candidates }
        let start = screen.paging.range.lowerBound
        let highlighted = screen.highlighted.flatMap { screen.paging.range.contains($0) ? $0 - start : nil }
        if room >= pageChoices.count {
            return pageChoices.enumerated().map { .choice($1, selected: $0 == highlighted) }
        }
        let shown = highlighted ?? 0
        return [.choice(pageChoices[shown], selected: highlighted != nil)]
    }

    /// A choice's label up to the reason in brackets a menu line may carry: the big line names the choice.
    static func labelHead(_ label: String) -> String {
        let head = label.split(whereSeparator: { $0 == "（" || $0 == "(" }).first.map(String.init) ?? label
        return head.trimmingCharacters(in: .whitespaces)
    }

    /// Copies one row of the layout, frames and marks left out.
    private static func copyRow(_ source: Int, to target: Int, from layout: Grid, into grid: inout Grid, theme: Theme) {
        guard source < layout.height, target < grid.height else { return }
        for x in 0..<layout.width {
            let cell = layout[x, source]
            if cell.isContinuation { continue }
            if cell.text.unicodeScalars.contains(where: ElderlyScreen.isFrame) {
                grid.put(.blank(cell.style), x: x, y: target)
            } else {
                grid.put(cell, x: x, y: target)
            }
        }
    }
}
