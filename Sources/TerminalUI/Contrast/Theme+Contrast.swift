extension Theme {
    /// Every style of the theme by name with what it paints.
    ///
    /// All styles count as text: `frame` and the message kinds' styles also draw box titles, and
    /// `background` fills areas that text is later written over with the same colours.
    public var stylesByUse: [(name: String, style: CellStyle, use: StyleUse)] {
        [
            ("background", background, .text), ("text", text, .text), ("title", title, .text),
            ("subtitle", subtitle, .text), ("menuKey", menuKey, .text), ("menuItem", menuItem, .text),
            ("menuSelected", menuSelected, .text), ("field", field, .text), ("fieldFocused", fieldFocused, .text),
            ("status", status, .text), ("hint", hint, .text), ("error", error, .text),
            ("warning", warning, .text), ("success", success, .text), ("frame", frame, .text),
        ]
    }

    /// The contrast of every style on `palette` against the minimum `level` sets for its use.
    public func contrastReport(level: ContrastLevel, palette: TerminalPalette = .xterm) -> [StyleContrast] {
        stylesByUse.map { entry in
            StyleContrast(
                name: entry.name, style: entry.style, use: entry.use,
                ratio: palette.contrastRatio(of: entry.style), minimum: level.minimumRatio(for: entry.use)
            )
        }
    }
}
