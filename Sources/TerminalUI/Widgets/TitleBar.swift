/// A full-width bar with a title on the left and optional text (e.g. the time) on the right.
public struct TitleBar {
    public var title: String
    public var trailing: String

    /// Creates a title bar from already-localised text.
    public init(title: String, trailing: String = "") {
        self.title = title
        self.trailing = trailing
    }

    /// Draws the bar across the whole `row` of the grid.
    public func draw(in grid: inout Grid, row: Int, theme: Theme) {
        BarLayout.draw(leading: title, trailing: trailing, in: &grid, row: row, style: theme.title)
    }
}

/// Shared layout of one-row bars: leading text after one column of margin, trailing text right-aligned.
enum BarLayout {
    /// Fills the row with `style` and writes both texts, truncating the leading one to leave room for the trailing one.
    static func draw(leading: String, trailing: String, in grid: inout Grid, row: Int, style: CellStyle) {
        guard row >= 0, row < grid.height else { return }
        grid.fill(Rect(x: 0, y: row, width: grid.width, height: 1), style: style)
        let inner = max(0, grid.width - 2)
        let trailingText = TextLayout.truncate(trailing, width: inner)
        let trailingWidth = DisplayWidth.of(trailingText)
        let leadingRoom = trailingWidth > 0 ? inner - trailingWidth - 1 : inner
        grid.write(TextLayout.truncate(leading, width: leadingRoom), x: 1, y: row, style: style, maxWidth: leadingRoom)
        if trailingWidth > 0 {
            grid.write(trailingText, x: 1 + inner - trailingWidth, y: row, style: style)
        }
    }
}
