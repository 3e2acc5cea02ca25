import CNCursesW

/// Turns cell styles into ncurses attributes and colour pairs, allocating pairs on first use.
struct CursesPalette {
    /// The attributes and colour pair that paint a style.
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    private let hasColors: Bool
    private let colorCount: Int
    private let maximumPairs: Int
    private let defaultColorsWork: Bool
    private var pairs: [ColorPair: Int16] = [:]

    /// A foreground/background pair as ncurses colour numbers (-1 is the terminal default).
    private struct ColorPair: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Starts colour in the current screen if the terminal has it.
    static func start() -> CursesPalette {
        guard has_colors() else {
            return CursesPalette(hasColors: false, colorCount: 0, maximumPairs: 0, defaultColorsWork: false)
        }
        start_color()
        let defaultColorsWork = use_default_colors() == kiosk_ok()
        return CursesPalette(
            hasColors: true, colorCount: Int(kiosk_colors()), maximumPairs: Int(kiosk_color_pairs()),
            defaultColorsWork: defaultColorsWork
        )
    }

    private init(hasColors: Bool, colorCount: Int, maximumPairs: Int, defaultColorsWork: Bool) {
        self.hasColors = hasColors
        self.colorCount = colorCount
        self.maximumPairs = min(maximumPairs, Int(Int16.max))
        self.defaultColorsWork = defaultColorsWork
    }

    /// The look of a style; bright colours fall back to the base colour (bold for text) on 8-colour terminals.
    mutating func look(for style: CellStyle) -> Look {
        var attributes = kiosk_attr_normal()
        if style.bold { attributes |= kiosk_attr_bold() }
        if style.reverse { attributes |= kiosk_attr_reverse() }
        if style.underline { attributes |= kiosk_attr_underline() }
        guard hasColors else { return Look(attributes: attributes, pair: 0) }
        let foreground = number(for: style.foreground, isForeground: true)
        if foreground.needsBold { attributes |= kiosk_attr_bold() }
        let background = number(for: style.background, isForeground: false).number
        return Look(attributes: attributes, pair: pair(ColorPair(foreground: foreground.number, background: background)))
    }

    /// The ncurses colour number for a terminal colour on this terminal.
    private func number(for color: TerminalColor, isForeground: Bool) -> (number: Int16, needsBold: Bool) {
        guard let index = color.paletteIndex else {
            if defaultColorsWork { return (-1, false) }
            return (isForeground ? 7 : 0, false)
        }
        if index >= 8, colorCount < 16 { return (Int16(index - 8), isForeground) }
        return (Int16(index), false)
    }

    /// The pair number for a colour combination, initialised on first use; pair 0 when none are left.
    private mutating func pair(_ colors: ColorPair) -> Int16 {
        if colors.foreground == -1, colors.background == -1 { return 0 }
        if let existing = pairs[colors] { return existing }
        let next = pairs.count + 1
        guard next < maximumPairs else { return 0 }
        init_pair(Int16(next), colors.foreground, colors.background)
        pairs[colors] = Int16(next)
        return Int16(next)
    }
}
