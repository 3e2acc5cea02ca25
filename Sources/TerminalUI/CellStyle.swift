/// How a cell is painted: colours and attributes.
public struct CellStyle: Sendable, Hashable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    /// Creates a style; every part defaults to the terminal's plain look.
    public init(
        foreground: TerminalColor = .standard,
        background: TerminalColor = .standard,
        bold: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Default colours, no attributes.
    public static let plain = CellStyle()

    /// This style with reverse video toggled, used to show a cursor.
    public var reversed: CellStyle {
        var copy = self
        copy.reverse.toggle()
        return copy
    }
}
