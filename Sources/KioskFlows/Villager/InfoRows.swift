import TerminalUI

/// Label/value rows on a villager's screen: labels in one column, values beside them, key figures bold
/// (and, in elderly mode, the first key figure drawn large by `ElderlyFrame`).
enum InfoRows {
    /// Draws as many rows as fit in `area`; a row with no value is a note across the width.
    static func draw(_ rows: [PendingRecord.Line], in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let labels = rows.map { context.text($0.labelKey) }
        let labelWidth = min(area.width / 2, (labels.map(DisplayWidth.of).max() ?? 0) + 2)
        var y = area.y
        for (row, label) in zip(rows, labels) where y < area.y + area.height {
            if row.value == .none {
                for line in TextLayout.wrap(label, width: area.width) where y < area.y + area.height {
                    grid.write(line, x: area.x, y: y, style: context.theme.warning)
                    y += 1
                }
                continue
            }
            grid.write(TextLayout.truncate(label, width: labelWidth), x: area.x, y: y, style: context.theme.subtitle)
            let style = row.isKeyFigure ? context.theme.title : context.theme.text
            let value = row.value.formatted(context)
            context.capture?.addFigure(ElderlyCapture.Figure(
                label: label, labelKey: row.labelKey, value: row.value, text: value, isKey: row.isKeyFigure, row: y
            ))
            grid.write(value, x: area.x + labelWidth, y: y, style: style, maxWidth: area.width - labelWidth)
            y += 1
        }
    }
}
