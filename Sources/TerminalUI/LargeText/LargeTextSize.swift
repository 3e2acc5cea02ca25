/// How large the renderer draws glyphs.
public enum LargeTextSize: Sendable, Hashable, CaseIterable {
    /// Every pixel a column, two pixel rows per terminal row (half blocks): a wide glyph is 16 columns x 8 rows.
    case full
    /// Half resolution with quadrant blocks: a wide glyph is 8 columns x 4 rows.
    case half

    /// Terminal rows one line of glyphs takes.
    public var rows: Int {
        switch self {
        case .full: GlyphBitmap.height / 2
        case .half: GlyphBitmap.height / 4
        }
    }

    /// Terminal columns a glyph of `pixelWidth` pixels takes.
    public func columns(forPixelWidth pixelWidth: Int) -> Int {
        switch self {
        case .full: pixelWidth
        case .half: pixelWidth / 2
        }
    }
}
