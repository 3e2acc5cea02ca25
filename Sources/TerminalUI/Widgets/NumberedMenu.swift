/// A vertical menu, one row per item as "[1] label"; the selected row is marked with "▶".
public struct NumberedMenu {
    /// The mark drawn before the selected row, so selection never relies on colour alone.
    public static let selectionMark = "▶"

    public var items: [MenuItem]
    public var selected: Int?

    /// Creates a menu; `selected` is the index of the highlighted item, if any.
    public init(items: [MenuItem], selected: Int?) {
        self.items = items
        self.selected = selected
    }

    /// Draws as many items as fit in `rect`, labels truncated to its width; disabled items in the hint style.
    public func draw(in grid: inout Grid, rect: Rect, theme: Theme) {
        guard rect.width > 0 else { return }
        for (index, item) in items.prefix(max(0, rect.height)).enumerated() {
            let row = rect.y + index
            let isSelected = index == selected
            let rowStyle = isSelected ? theme.menuSelected : (item.enabled ? theme.menuItem : theme.hint)
            let keyStyle = isSelected ? theme.menuSelected : (item.enabled ? theme.menuKey : theme.hint)
            grid.fill(Rect(x: rect.x, y: row, width: rect.width, height: 1), style: isSelected ? rowStyle : theme.background)
            var x = rect.x
            let end = rect.maxX
            if isSelected {
                grid.write(Self.selectionMark, x: x, y: row, style: rowStyle, maxWidth: end - x)
            }
            x += 2
            guard x < end else { continue }
            x += grid.write("[\(item.key)]", x: x, y: row, style: keyStyle, maxWidth: end - x) + 1
            guard x < end else { continue }
            grid.write(TextLayout.truncate(item.label, width: end - x), x: x, y: row, style: rowStyle, maxWidth: end - x)
        }
    }
}
