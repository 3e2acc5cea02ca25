import TerminalUI

/// The parts of a one-question screen in a service flow: the question, notes, a field or a menu,
/// a plain error, and how to go on.
enum QuestionScreen {
    /// Writes wrapped text from row `y` and returns the row after it.
    @discardableResult
    static func paragraph(_ text: String, in grid: inout Grid, area: Rect, y: Int, style: CellStyle) -> Int {
        var row = y
        for line in TextLayout.wrap(text, width: area.width) where row < area.maxY {
            grid.write(line, x: area.x, y: row, style: style)
            row += 1
        }
        return row
    }

    /// A question with a text field under it, an error when the last answer was wrong, and how to go on.
    static func entry(question: String, notes: [String] = [], field: FormField, errorText: String?, howTo: String,
                      in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        var y = paragraph(question, in: &grid, area: area, y: area.y, style: context.theme.title)
        for note in notes {
            y = paragraph(note, in: &grid, area: area, y: y, style: context.theme.text)
        }
        y += 1
        field.draw(in: &grid, rect: Rect(x: area.x, y: y, width: min(area.width, 60), height: 1), theme: context.theme)
        y += 2
        if let errorText {
            y = paragraph(errorText, in: &grid, area: area, y: y, style: context.theme.error)
        }
        paragraph(howTo, in: &grid, area: area, y: max(y + 1, area.maxY - 1), style: context.theme.hint)
    }

    /// A question with notes and a numbered menu under it.
    static func choice(question: String, notes: [String] = [], items: [MenuItem], selected: Int?,
                       in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        var y = paragraph(question, in: &grid, area: area, y: area.y, style: context.theme.title)
        for note in notes {
            y = paragraph(note, in: &grid, area: area, y: y, style: context.theme.text)
        }
        y += 1
        context.drawMenu(items, selected: selected,
                         rect: Rect(x: area.x, y: y, width: area.width, height: min(items.count, max(0, area.maxY - y))),
                         in: &grid)
    }
}
