/// Draws text as Unifont bitmaps made of block characters, several terminal rows tall.
///
/// Create it once per process with `loading(fontPath:log:)`: when the font is missing or unreadable
/// that reports the problem to the log once and gives a renderer that is not available, whose
/// `draw` returns nil so the caller shows normal text instead.
public struct LargeTextRenderer: Sendable {
    /// The font glyphs come from; nil when none could be loaded.
    public let font: UnifontFont?

    /// A renderer over an already loaded font, or an unavailable one for nil.
    public init(font: UnifontFont?) {
        self.font = font
    }

    /// Loads the font at `fontPath`; on failure reports it to `log` once and returns an unavailable renderer.
    public static func loading(fontPath: String = UnifontFont.debianPath, log: LargeTextLog) -> LargeTextRenderer {
        do {
            return LargeTextRenderer(font: try UnifontFont(path: fontPath))
        } catch {
            log.record(error)
            return LargeTextRenderer(font: nil)
        }
    }

    /// True when a font is loaded and `draw` paints glyphs.
    public var isAvailable: Bool { font != nil }

    /// Terminal rows one line of large text takes: a 16-pixel glyph, two pixel rows per cell.
    public static let lineRows = GlyphBitmap.height / 2

    /// The columns and rows `text` takes, before any clipping; one line, zero-width characters skipped.
    ///
    /// Every pixel is a column: a wide (16x16) glyph is 16 columns x 8 rows, a narrow (8x16) one 8 x 8.
    public func measure(_ text: String) -> TerminalSize {
        var columns = 0
        for character in text {
            guard let width = pixelWidth(of: character) else { continue }
            columns += width
        }
        return TerminalSize(width: columns, height: columns > 0 ? Self.lineRows : 0)
    }

    /// The longest start of `text` that fits `width` columns, ending in "…" when cut; "" when nothing fits.
    public func fitting(_ text: String, width: Int) -> String {
        guard measure(text).width > width else { return text }
        var fitted = ""
        for character in text {
            let candidate = fitted + String(character)
            if measure(candidate + "…").width > width { break }
            fitted = candidate
        }
        return fitted.isEmpty ? "" : fitted + "…"
    }

    /// Draws `text` with its top-left corner at (x, y), clipped to the grid, and returns the size painted.
    ///
    /// Each cell is a half block holding two vertically stacked pixels of the glyph (▀ ▄ █ or space),
    /// so the glyph is drawn at its full resolution. Set pixels take the style's foreground, the rest
    /// its background. A character the font lacks is drawn as U+FFFD when the font has that glyph,
    /// else left blank. Returns nil when no font is loaded.
    @discardableResult
    public func draw(_ text: String, in grid: inout Grid, x: Int, y: Int, style: CellStyle = .plain) -> TerminalSize? {
        guard let font else { return nil }
        let replacement = font.glyph(for: "\u{FFFD}")
        var column = x
        for character in text {
            guard let width = pixelWidth(of: character), column < grid.width else { continue }
            let glyph = character.unicodeScalars.first.flatMap { font.glyph(for: $0) } ?? replacement
            if column + width > 0 {
                paint(glyph, columns: width, in: &grid, x: column, y: y, style: style)
            }
            column += width
        }
        let painted = Rect(x: x, y: y, width: column - x, height: column > x ? Self.lineRows : 0)
            .intersection(Rect(x: 0, y: 0, width: grid.width, height: grid.height))
        return TerminalSize(width: painted.width, height: painted.height)
    }

    /// The pixel width a character is drawn with: its glyph's width, else 8 per display column; nil for zero-width ones.
    private func pixelWidth(of character: Character) -> Int? {
        let displayWidth = DisplayWidth.of(character)
        guard displayWidth > 0 else { return nil }
        if let scalar = character.unicodeScalars.first, let glyph = font?.glyph(for: scalar) {
            return glyph.width
        }
        return displayWidth * 8
    }

    /// Paints one glyph (blank when nil) into `columns` x `lineRows` cells at (x, y); cells off the grid are skipped.
    private func paint(_ glyph: GlyphBitmap?, columns: Int, in grid: inout Grid, x: Int, y: Int, style: CellStyle) {
        for row in 0..<Self.lineRows where grid.contains(x: 0, y: y + row) {
            for offset in 0..<columns where grid.contains(x: x + offset, y: y + row) {
                let text = glyph.map {
                    BlockCharacters.halfBlock(top: $0.pixel(x: offset, y: 2 * row), bottom: $0.pixel(x: offset, y: 2 * row + 1))
                } ?? " "
                grid.put(Cell(text: text, width: 1, style: style), x: x + offset, y: y + row)
            }
        }
    }
}
