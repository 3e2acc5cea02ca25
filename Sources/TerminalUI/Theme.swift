/// The styles every widget draws with, as one named set.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var background: CellStyle
    public var text: CellStyle
    public var title: CellStyle
    public var subtitle: CellStyle
    public var menuKey: CellStyle
    public var menuItem: CellStyle
    public var menuSelected: CellStyle
    public var field: CellStyle
    public var fieldFocused: CellStyle
    public var status: CellStyle
    public var hint: CellStyle
    public var error: CellStyle
    public var warning: CellStyle
    public var success: CellStyle
    public var frame: CellStyle

    /// Creates a theme from every style it holds.
    public init(
        name: String, background: CellStyle, text: CellStyle, title: CellStyle, subtitle: CellStyle,
        menuKey: CellStyle, menuItem: CellStyle, menuSelected: CellStyle, field: CellStyle, fieldFocused: CellStyle,
        status: CellStyle, hint: CellStyle, error: CellStyle, warning: CellStyle, success: CellStyle, frame: CellStyle
    ) {
        self.name = name
        self.background = background
        self.text = text
        self.title = title
        self.subtitle = subtitle
        self.menuKey = menuKey
        self.menuItem = menuItem
        self.menuSelected = menuSelected
        self.field = field
        self.fieldFocused = fieldFocused
        self.status = status
        self.hint = hint
        self.error = error
        self.warning = warning
        self.success = success
        self.frame = frame
    }

    /// Calm colours on the terminal's default background: white on blue bars, cyan frames.
    public static let standard = Theme(
        name: "standard",
        background: .plain,
        text: .plain,
        title: CellStyle(foreground: .brightWhite, background: .blue, bold: true),
        subtitle: CellStyle(foreground: .cyan, bold: true),
        menuKey: CellStyle(foreground: .yellow, bold: true),
        menuItem: .plain,
        menuSelected: CellStyle(foreground: .brightWhite, background: .blue, bold: true),
        field: CellStyle(underline: true),
        fieldFocused: CellStyle(foreground: .brightWhite, bold: true, underline: true),
        status: CellStyle(foreground: .black, background: .white),
        hint: CellStyle(foreground: .brightBlack),
        error: CellStyle(foreground: .brightRed, bold: true),
        warning: CellStyle(foreground: .yellow, bold: true),
        success: CellStyle(foreground: .green, bold: true),
        frame: CellStyle(foreground: .cyan)
    )

    /// White on black with black-on-yellow selection, bold where it helps; widgets also mark state with symbols.
    ///
    /// Every style reaches 7:1 on the xterm and Linux-console palettes (see `contrastReport`). Red cannot:
    /// on xterm it reaches at most 5.25:1, so errors are black on white and told apart by their double frame.
    public static let highContrast = Theme(
        name: "highContrast",
        background: CellStyle(foreground: .brightWhite, background: .black),
        text: CellStyle(foreground: .brightWhite, background: .black, bold: true),
        title: CellStyle(foreground: .black, background: .brightWhite, bold: true),
        subtitle: CellStyle(foreground: .brightYellow, background: .black, bold: true, underline: true),
        menuKey: CellStyle(foreground: .brightYellow, background: .black, bold: true),
        menuItem: CellStyle(foreground: .brightWhite, background: .black, bold: true),
        menuSelected: CellStyle(foreground: .black, background: .brightYellow, bold: true),
        field: CellStyle(foreground: .brightWhite, background: .black, bold: true, underline: true),
        fieldFocused: CellStyle(foreground: .black, background: .brightYellow, bold: true, underline: true),
        status: CellStyle(foreground: .black, background: .brightWhite, bold: true),
        hint: CellStyle(foreground: .white, background: .black),
        error: CellStyle(foreground: .black, background: .brightWhite, bold: true),
        warning: CellStyle(foreground: .black, background: .brightYellow, bold: true),
        success: CellStyle(foreground: .black, background: .brightGreen, bold: true),
        frame: CellStyle(foreground: .brightWhite, background: .black, bold: true)
    )
}
