/// A one-row status line: state or help on the left, e.g. the operator or time on the right.
public struct StatusLine {
    public var leading: String
    public var trailing: String

    /// Creates a status line from already-localised text.
    public init(leading: String, trailing: String) {
        self.leading = leading
        self.trailing = trailing
    }

    /// Draws the line across the whole `row` of the grid.
    public func draw(in grid: inout Grid, row: Int, theme: Theme) {
        BarLayout.draw(leading: leading, trailing: trailing, in: &grid, row: row, style: theme.status)
    }
}
