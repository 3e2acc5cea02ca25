import TerminalUI

extension ScreenContext {
    /// The large-glyph renderer when elderly mode is on and the font is loaded; nil otherwise.
    var elderlyLargeText: LargeTextRenderer? {
        guard state.isElderlyMode, let largeText, largeText.isAvailable else { return nil }
        return largeText
    }

    /// Draws a numbered menu: in elderly mode the first four choices in large glyphs, several rows
    /// tall, with the selected one marked; otherwise (or without room or font) the normal menu.
    /// Returns the rows it took.
    @discardableResult
    func drawMenu(_ items: [MenuItem], selected: Int?, rect: Rect, in grid: inout Grid) -> Int {
        guard let large = elderlyLargeText else {
            NumberedMenu(items: items, selected: selected).draw(in: &grid, rect: rect, theme: theme)
            return min(items.count, rect.height)
        }
        let largeCount = min(items.count, ElderlyLayout.largeChoices)
        let bottom = grid.height - ElderlyLayout.reservedBottomRows
        let size = ElderlyLayout.menuSize(items.prefix(largeCount).map { "\($0.key) \($0.label)" }, count: items.count,
                                          room: TerminalSize(width: rect.width - 2, height: bottom - rect.y), large)
        let rowsPerChoice = size.rows
        let needed = largeCount * rowsPerChoice + (items.count - largeCount)
        guard rect.y + needed <= bottom else {
            NumberedMenu(items: items, selected: selected).draw(in: &grid, rect: rect, theme: theme)
            return min(items.count, rect.height)
        }
        var y = rect.y
        for (index, item) in items.prefix(largeCount).enumerated() {
            let isSelected = index == selected
            let style = isSelected ? theme.menuSelected : (item.enabled ? theme.menuItem : theme.hint)
            grid.write(isSelected ? NumberedMenu.selectionMark : " ", x: rect.x, y: y + rowsPerChoice / 2 - 1, style: style)
            let text = ElderlyLayout.fitting("\(item.key) \(item.label)", width: rect.width - 2, size: size, large)
            large.draw(text, in: &grid, x: rect.x + 2, y: y, size: size, style: style)
            y += rowsPerChoice
        }
        let rest = Array(items.dropFirst(largeCount))
        if !rest.isEmpty {
            NumberedMenu(items: rest, selected: selected.map { $0 - largeCount }).draw(
                in: &grid, rect: Rect(x: rect.x, y: y, width: rect.width, height: rest.count), theme: theme
            )
        }
        return needed
    }
}

/// The elderly layout's rules: how many choices are drawn large, and what stays free at the bottom.
enum ElderlyLayout {
    /// At most four numbered choices are drawn large on a screen.
    static let largeChoices = 4
    /// The hint, countdown and status lines at the bottom stay in normal text.
    static let reservedBottomRows = 3

    /// The full size when every large choice fits whole at it (a big console), else the half size.
    static func menuSize(_ labels: [String], count: Int, room: TerminalSize, _ large: LargeTextRenderer) -> LargeTextSize {
        let largeCount = min(count, largeChoices)
        let fullHeight = largeCount * LargeTextSize.full.rows + (count - largeCount)
        let fitsFull = fullHeight <= room.height && labels.allSatisfy { large.measure($0, size: .full).width <= room.width }
        return fitsFull ? .full : .half
    }

    /// The longest start of `text` that fits `width` columns at `size`, with "…" when cut.
    static func fitting(_ text: String, width: Int, size: LargeTextSize, _ large: LargeTextRenderer) -> String {
        guard large.measure(text, size: size).width > width else { return text }
        var fitted = ""
        for character in text {
            let candidate = fitted + String(character)
            if large.measure(candidate + "…", size: size).width > width { break }
            fitted = candidate
        }
        return fitted + "…"
    }
}
