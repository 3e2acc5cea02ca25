/// The RGB values a terminal shows for the 16 palette colours and its default colours.
///
/// Contrast is computed over such a table because the kiosk only names palette colours; the real
/// RGB is the terminal's choice. `xterm` is the assumption the themes are checked against.
public struct TerminalPalette: Sendable, Hashable {
    /// The 16 colours in palette order 0...15.
    public var colors: [RGBColor]
    /// What `TerminalColor.standard` shows as a foreground.
    public var defaultForeground: RGBColor
    /// What `TerminalColor.standard` shows as a background.
    public var defaultBackground: RGBColor

    /// Creates a palette from 16 colours and the two defaults.
    public init(colors: [RGBColor], defaultForeground: RGBColor, defaultBackground: RGBColor) {
        precondition(colors.count == 16, "A terminal palette has 16 colours")
        self.colors = colors
        self.defaultForeground = defaultForeground
        self.defaultBackground = defaultBackground
    }

    /// xterm's default 16 colours (also kmscon's default palette), with the default
    /// foreground assumed to be colour 7 (light grey) on black, as on a kiosk console.
    public static let xterm = TerminalPalette(
        colors: [
            0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
            0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
        ].map(RGBColor.init(hex:)),
        defaultForeground: RGBColor(hex: 0xE5E5E5),
        defaultBackground: RGBColor(hex: 0x000000)
    )

    /// The Linux virtual console's VGA colours (also fbterm's), grey 0xAAAAAA on black by default.
    public static let linuxConsole = TerminalPalette(
        colors: [
            0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA, 0xAAAAAA,
            0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF, 0x55FFFF, 0xFFFFFF,
        ].map(RGBColor.init(hex:)),
        defaultForeground: RGBColor(hex: 0xAAAAAA),
        defaultBackground: RGBColor(hex: 0x000000)
    )

    /// The RGB of a colour used as foreground or background (`.standard` resolves to the matching default).
    public func rgb(_ color: TerminalColor, asForeground: Bool) -> RGBColor {
        guard let index = color.paletteIndex else { return asForeground ? defaultForeground : defaultBackground }
        return colors[index]
    }

    /// The text and background RGB a style shows, reverse video applied.
    public func colors(of style: CellStyle) -> (text: RGBColor, background: RGBColor) {
        let foreground = rgb(style.foreground, asForeground: true)
        let background = rgb(style.background, asForeground: false)
        return style.reverse ? (background, foreground) : (foreground, background)
    }

    /// The WCAG contrast ratio between a style's text and its background on this palette.
    public func contrastRatio(of style: CellStyle) -> Double {
        let shown = colors(of: style)
        return RGBColor.contrastRatio(shown.text, shown.background)
    }
}
