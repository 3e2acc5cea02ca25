/// A framed box centred in an area: title in the top border, wrapped body, optional footer (e.g. "press Enter").
public struct MessageBox {
    public var title: String
    public var body: String
    public var kind: MessageKind
    public var footer: String

    /// The narrowest text column a box is given when there is room for it.
    static let minimumContentWidth = 16

    /// Creates a message box from already-localised text.
    public init(title: String, body: String, kind: MessageKind, footer: String = "") {
        self.title = title
        self.body = body
        self.kind = kind
        self.footer = footer
    }

    /// Draws the box centred within `area`, sized to its text and clipped to the area.
    public func draw(in grid: inout Grid, within area: Rect, theme: Theme) {
        let margin = area.width >= Self.minimumContentWidth + 8 ? 2 : 0
        let contentRoom = area.width - 2 * margin - 4
        guard contentRoom > 0, area.height >= 3 else { return }
        let natural = max(
            DisplayWidth.of(title) + 2,
            body.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0,
            DisplayWidth.of(footer),
            Self.minimumContentWidth
        )
        let contentWidth = min(natural, contentRoom)
        let rows = contentRows(contentWidth: contentWidth, theme: theme, maxRows: area.height - 2)
        let box = Rect(
            x: area.x + (area.width - contentWidth - 4) / 2,
            y: area.y + (area.height - rows.count - 2) / 2,
            width: contentWidth + 4,
            height: rows.count + 2
        )
        let frameStyle = kind.style(in: theme)
        grid.fill(box, style: theme.background)
        kind.border.draw(around: box, in: &grid, style: frameStyle)
        if !title.isEmpty, box.width > 6 {
            let shown = " " + TextLayout.truncate(title, width: box.width - 6) + " "
            var titleStyle = frameStyle
            titleStyle.bold = true
            grid.write(shown, x: box.x + 2, y: box.y, style: titleStyle)
        }
        for (offset, row) in rows.enumerated() {
            grid.write(row.text, x: box.x + 2, y: box.y + 1 + offset, style: row.style, maxWidth: contentWidth)
        }
    }

    /// The text rows inside the frame: padding, body, footer; padding and then body lines dropped to fit `maxRows`.
    private func contentRows(contentWidth: Int, theme: Theme, maxRows: Int) -> [(text: String, style: CellStyle)] {
        let bodyLines = TextLayout.wrap(body, width: contentWidth).map { (text: $0, style: theme.text) }
        let footerLines = TextLayout.wrap(footer, width: contentWidth).map { (text: $0, style: theme.hint) }
        let blank = (text: "", style: theme.text)
        var rows = [blank] + bodyLines + [blank] + footerLines + (footerLines.isEmpty ? [] : [blank])
        if rows.count > maxRows {
            rows = bodyLines + (footerLines.isEmpty ? [] : [blank] + footerLines)
        }
        if rows.count > maxRows {
            rows = bodyLines + footerLines
        }
        if rows.count > maxRows {
            let keptBody = max(0, maxRows - footerLines.count)
            var shortened = Array(bodyLines.prefix(keptBody))
            if let last = shortened.last {
                let cut = DisplayWidth.of(last.text) < contentWidth ? last.text + "…" : TextLayout.truncate(last.text + "…", width: contentWidth)
                shortened[shortened.count - 1].text = cut
            }
            rows = Array((shortened + footerLines).prefix(max(0, maxRows)))
        }
        return rows
    }
}
