/// What a style paints, which sets the contrast it needs (WCAG 2.1 success criteria 1.4.3, 1.4.6, 1.4.11).
public enum StyleUse: Sendable, Hashable {
    /// Ordinary text, one cell tall.
    case text
    /// Text drawn several rows tall (the large-text renderer): WCAG's "large scale text".
    case largeText
    /// Lines and marks that are not text, such as frame borders.
    case nonText
}

/// A WCAG conformance level for contrast: AA for the standard theme, AAA for elderly mode.
public enum ContrastLevel: Sendable, Hashable {
    /// 4.5:1 for text, 3:1 for large text and non-text.
    case aa
    /// 7:1 for text, 4.5:1 for large text, 3:1 for non-text.
    case aaa

    /// The smallest contrast ratio a style of `use` needs at this level.
    public func minimumRatio(for use: StyleUse) -> Double {
        switch (self, use) {
        case (_, .nonText): 3
        case (.aa, .text): 4.5
        case (.aa, .largeText): 3
        case (.aaa, .text): 7
        case (.aaa, .largeText): 4.5
        }
    }
}

/// One theme style's measured contrast next to the minimum its use needs.
public struct StyleContrast: Sendable, Hashable {
    /// The theme property's name, e.g. "menuSelected".
    public var name: String
    public var style: CellStyle
    public var use: StyleUse
    /// The ratio between the style's text and background colours.
    public var ratio: Double
    /// The ratio the style needs at the level it was checked for.
    public var minimum: Double

    /// True when the style meets its minimum.
    public var passes: Bool { ratio >= minimum }
}
