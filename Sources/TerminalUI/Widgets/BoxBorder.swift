/// Box-drawing characters for a frame.
struct BoxBorder: Sendable, Hashable {
    var topLeft: String
    var topRight: String
    var bottomLeft: String
    var bottomRight: String
    var horizontal: String
    var vertical: String

    static let light = BoxBorder(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│")
    static let heavy = BoxBorder(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃")
    static let double = BoxBorder(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝", horizontal: "═", vertical: "║")

    /// Draws the frame around `rect` (which must be at least 2x2) in `style`.
    func draw(around rect: Rect, in grid: inout Grid, style: CellStyle) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let middle = String(repeating: horizontal, count: rect.width - 2)
        grid.write(topLeft + middle + topRight, x: rect.x, y: rect.y, style: style)
        grid.write(bottomLeft + middle + bottomRight, x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            grid.write(vertical, x: rect.x, y: row, style: style)
            grid.write(vertical, x: rect.maxX - 1, y: row, style: style)
        }
    }
}
