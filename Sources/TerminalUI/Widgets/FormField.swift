/// A labelled one-line input: the label, then an underlined input area showing the value and the cursor.
public struct FormField {
    /// The character shown for each character of a masked value (e.g. a PIN).
    public static let maskCharacter: Character = "●"

    public var label: String
    public var value: String
    /// The cursor as a grapheme index into `value`; nil when the field is not focused.
    public var cursor: Int?
    public var masked: Bool
    public var placeholder: String
    /// Columns reserved for the label so fields line up; nil uses the label's width plus one space.
    public var labelWidth: Int?

    /// Creates a field from already-localised text.
    public init(label: String, value: String, cursor: Int?, masked: Bool = false, placeholder: String = "", labelWidth: Int? = nil) {
        self.label = label
        self.value = value
        self.cursor = cursor
        self.masked = masked
        self.placeholder = placeholder
        self.labelWidth = labelWidth
    }

    /// Draws the field on the first row of `rect`; the value scrolls so the cursor stays visible.
    public func draw(in grid: inout Grid, rect: Rect, theme: Theme) {
        guard rect.height > 0, rect.width > 0 else { return }
        let row = rect.y
        let labelColumns = min(rect.width, labelWidth ?? (label.isEmpty ? 0 : DisplayWidth.of(label) + 1))
        grid.fill(Rect(x: rect.x, y: row, width: labelColumns, height: 1), style: theme.background)
        grid.write(TextLayout.truncate(label, width: labelColumns), x: rect.x, y: row, style: theme.text, maxWidth: labelColumns)

        let area = Rect(x: rect.x + labelColumns, y: row, width: rect.width - labelColumns, height: 1)
        guard area.width > 0 else { return }
        let inputStyle = cursor == nil ? theme.field : theme.fieldFocused
        grid.fill(area, style: inputStyle)

        var glyphs: [(text: String, width: Int)]
        var glyphStyle = inputStyle
        if value.isEmpty {
            glyphs = placeholder.map { (String($0), DisplayWidth.of($0)) }
            glyphStyle = theme.hint
            glyphStyle.underline = inputStyle.underline
        } else if masked {
            glyphs = Array(repeating: (String(Self.maskCharacter), DisplayWidth.of(Self.maskCharacter)), count: value.count)
        } else {
            glyphs = value.map { (String($0), DisplayWidth.of($0)) }
        }
        glyphs.removeAll { $0.width == 0 }

        let cursorIndex = cursor.map { min(max(0, $0), value.isEmpty ? 0 : glyphs.count) }
        let start = firstVisibleGlyph(glyphs: glyphs, cursorIndex: cursorIndex, room: area.width)
        var x = area.x
        for index in start..<glyphs.count {
            let glyph = glyphs[index]
            guard x + glyph.width <= area.maxX else { break }
            let style = index == cursorIndex ? glyphStyle.reversed : glyphStyle
            grid.write(glyph.text, x: x, y: row, style: style)
            x += glyph.width
        }
        if let cursorIndex, cursorIndex >= glyphs.count, x < area.maxX {
            grid.put(.blank(inputStyle.reversed), x: x, y: row)
        }
    }

    /// The first glyph to show so that the cursor cell fits in `room` columns.
    private func firstVisibleGlyph(glyphs: [(text: String, width: Int)], cursorIndex: Int?, room: Int) -> Int {
        guard let cursorIndex else { return 0 }
        let cursorWidth = cursorIndex < glyphs.count ? glyphs[cursorIndex].width : 1
        var start = 0
        var used = glyphs[0..<cursorIndex].reduce(0) { $0 + $1.width } + cursorWidth
        while used > room, start < cursorIndex {
            used -= glyphs[start].width
            start += 1
        }
        return start
    }
}
