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

    /// The columns and rows `text` takes at `size`, before any clipping; one line, zero-width characters skipped.
    public func measure(_ text: String, size: LargeTextSize) -> TerminalSize {
        var columns = 0
        for character in text {
            guard let width = pixelWidth(of: character) else { continue }
            columns += size.columns(forPixelWidth: width)
        }
        return TerminalSize(width: columns, height: columns > 0 ? size.rows : 0)
    }

    /// The larger size at which `text` fits in `room`, or nil when it fits at neither.
    public func largestSize(for text: String, fitting room: TerminalSize) -> LargeTextSize? {
        LargeTextSize.allCases.first { size in
            let needed = measure(text, size: size)
            return needed.width <= room.width && needed.height <= room.height
        }
    }

    /// Draws `text` with its top-left corner at (x, y), clipped to the grid, and returns the size painted.
    ///
    /// Set pixels take the style's foreground, the rest its background. A character the font lacks
    /// is drawn as U+FFFD when the font has that glyph, else left blank. Returns nil when no font is loaded.
    @discardableResult
    public func draw(
        _ text: String, in grid: inout Grid, x: Int, y: Int, size: LargeTextSize, style: CellStyle = .plain
    ) -> TerminalSize? {
        guard let font else { return nil }
        let replacement = font.glyph(for: "\u{FFFD}")
        var column = x
        for character in text {
            guard let width = pixelWidth(of: character), column < grid.width else { continue }
            let glyph = character.unicodeScalars.first.flatMap { font.glyph(for: $0) } ?? replacement
            let columns = size.columns(forPixelWidth: width)
            if column + columns > 0 {
                paint(glyph, columns: columns, in: &grid, x: column, y: y, size: size, style: style)
            }
            column += columns
        }
        let painted = Rect(x: x, y: y, width: column - x, height: column > x ? size.rows : 0)
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

    /// Paints one glyph (blank when nil) into `columns` x `size.rows` cells at (x, y); cells off the grid are skipped.
    private func paint(
        _ glyph: GlyphBitmap?, columns: Int, in grid: inout Grid, x: Int, y: Int, size: LargeTextSize, style: CellStyle
    ) {
        for row in 0..<size.rows where grid.contains(x: 0, y: y + row) {
            for offset in 0..<columns where grid.contains(x: x + offset, y: y + row) {
                let text = glyph.map { cellText($0, column: offset, row: row, size: size) } ?? " "
                grid.put(Cell(text: text, width: 1, style: style), x: x + offset, y: y + row)
            }
        }
    }

    /// The block character for one cell of a glyph at a size.
    private func cellText(_ glyph: GlyphBitmap, column: Int, row: Int, size: LargeTextSize) -> String {
        switch size {
        case .full:
            return BlockCharacters.halfBlock(
                top: glyph.pixel(x: column, y: 2 * row), bottom: glyph.pixel(x: column, y: 2 * row + 1)
            )
        case .half:
            // Each quadrant covers 1x2 pixels of the glyph; it is set when either pixel is, so thin strokes stay.
            func quadrant(_ x: Int, _ y: Int) -> Bool { glyph.pixel(x: x, y: y) || glyph.pixel(x: x, y: y + 1) }
            let left = 2 * column, top = 4 * row
            var bits = 0
            if quadrant(left, top) { bits |= 1 }
            if quadrant(left + 1, top) { bits |= 2 }
            if quadrant(left, top + 2) { bits |= 4 }
            if quadrant(left + 1, top + 2) { bits |= 8 }
            return BlockCharacters.quadrants[bits]
        }
    }
}
