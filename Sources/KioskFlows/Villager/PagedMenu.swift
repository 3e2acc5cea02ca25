import TerminalUI

/// A numbered list that may be longer than one screen (provinces, counties, search results).
///
/// Up to nine items are numbered 1-9 on one page. Longer lists show seven items a page, numbered 1-7,
/// with 8 for the previous page and 9 for the next, so a keypad with digits only reaches every item;
/// arrows move the highlight across pages, Left/Right and PageUp/PageDown turn pages, Enter chooses,
/// 0 or Esc goes back. The position is just the highlighted index; the page follows from it.
enum PagedMenu {
    /// Items a page holds once a list needs pages.
    static let pageSize = 7
    /// The longest list numbered on a single page.
    static let singlePageLimit = 9

    enum Outcome: Equatable {
        /// The highlight moved (possibly to another page).
        case moved(Int)
        case chosen(Int)
        case back
    }

    /// Whether a list of `count` items needs pages.
    static func isPaged(_ count: Int) -> Bool { count > singlePageLimit }

    /// The number of pages for `count` items.
    static func pageCount(_ count: Int) -> Int {
        isPaged(count) ? (count + pageSize - 1) / pageSize : 1
    }

    /// The page showing item `index`.
    static func page(of index: Int, count: Int) -> Int {
        isPaged(count) ? max(0, index) / pageSize : 0
    }

    /// The indexes shown on the page that holds `selected`.
    static func visible(selected: Int, count: Int) -> Range<Int> {
        guard isPaged(count) else { return 0..<count }
        let start = page(of: selected, count: count) * pageSize
        return start..<min(count, start + pageSize)
    }

    /// What `key` does in a list of `count` items with item `selected` highlighted.
    static func choice(_ key: Key, count: Int, selected: Int) -> Outcome? {
        guard isPaged(count) else {
            return MenuKeys.choice(key, count: count, selected: selected).map {
                switch $0 {
                case .moved(let index): .moved(index)
                case .chosen(let index): .chosen(index)
                case .back: .back
                }
            }
        }
        let shown = visible(selected: selected, count: count)
        let page = page(of: selected, count: count)
        let lastPage = pageCount(count) - 1
        switch key {
        case .character("0"), .escape:
            return .back
        case .character("8"), .left, .pageUp:
            return page > 0 ? .moved((page - 1) * pageSize) : nil
        case .character("9"), .right, .pageDown:
            return page < lastPage ? .moved((page + 1) * pageSize) : nil
        case .character(let character):
            guard let number = character.wholeNumberValue, number >= 1, number <= shown.count else { return nil }
            return .chosen(shown.lowerBound + number - 1)
        case .up:
            return .moved((selected + count - 1) % count)
        case .down:
            return .moved((selected + 1) % count)
        case .enter:
            return .chosen(min(max(0, selected), count - 1))
        default:
            return nil
        }
    }

    /// Draws the page holding `selected` from `top`, with the page keys and "page n of m" when paged;
    /// returns the row after the last one drawn.
    @discardableResult
    static func draw(_ labels: [String], selected: Int, in grid: inout Grid, x: Int, top: Int, width: Int,
                     _ context: ScreenContext) -> Int {
        let shown = visible(selected: selected, count: labels.count)
        let items = shown.enumerated().map { number, index in
            MenuItem(key: "\(number + 1)", label: labels[index])
        }
        let highlighted = shown.contains(selected) ? selected - shown.lowerBound : nil
        var navigation: [MenuItem] = []
        if isPaged(labels.count) {
            let page = page(of: selected, count: labels.count)
            let lastPage = pageCount(labels.count) - 1
            navigation.append(MenuItem(key: "8", label: context.text("paged.previous"), enabled: page > 0))
            navigation.append(MenuItem(key: "9", label: context.text("paged.next"), enabled: page < lastPage))
        }
        var y = top + context.drawMenu(items, selected: highlighted,
                                       rect: Rect(x: x, y: top, width: width, height: items.count + navigation.count),
                                       in: &grid, navigation: navigation)
        if isPaged(labels.count) {
            let line = context.text("paged.position", [
                "page": "\(page(of: selected, count: labels.count) + 1)", "pages": "\(pageCount(labels.count))",
                "count": "\(labels.count)",
            ])
            grid.write(TextLayout.truncate(line, width: width), x: x, y: y, style: context.theme.hint)
            y += 1
        }
        return y
    }
}
