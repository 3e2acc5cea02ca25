/// A rectangular frame of cells that screens draw into and terminals present.
///
/// Wide characters take two cells (the second a continuation cell); the grid keeps that
/// pairing intact: a wide character never starts in the last column, and overwriting one
/// half of a wide character blanks the other half.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// The cells row by row; changed only through `put`, which keeps wide pairs intact.
    private(set) var cells: [Cell]

    /// Creates a grid of blanks in `style`.
    public init(width: Int, height: Int, style: CellStyle = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// Creates a grid of blanks the size of a terminal.
    public init(size: TerminalSize, style: CellStyle = .plain) {
        self.init(width: size.width, height: size.height, style: style)
    }

    /// The grid's size.
    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// True when (x, y) lies inside the grid.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at (x, y); setting keeps wide-character pairs intact (see `put`).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            precondition(contains(x: x, y: y), "Grid position (\(x), \(y)) outside \(width)x\(height)")
            return cells[y * width + x]
        }
        set {
            precondition(contains(x: x, y: y), "Grid position (\(x), \(y)) outside \(width)x\(height)")
            put(newValue, x: x, y: y)
        }
    }

    /// Places a cell, blanking the orphaned half of any wide character it overlaps.
    ///
    /// A cell of width 2 also writes its continuation cell; in the last column it becomes a blank.
    /// A continuation cell (width 0) is stored as given. Positions outside the grid are ignored.
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        if cell.width == 0 {
            cells[y * width + x] = cell
            return
        }
        if cell.width >= 2 {
            guard x + 1 < width else {
                detachWideNeighbours(x: x, y: y)
                cells[y * width + x] = .blank(cell.style)
                return
            }
            detachWideNeighbours(x: x, y: y)
            detachWideNeighbours(x: x + 1, y: y)
            cells[y * width + x] = Cell(text: cell.text, width: 2, style: cell.style)
            cells[y * width + x + 1] = .continuation(cell.style)
        } else {
            detachWideNeighbours(x: x, y: y)
            cells[y * width + x] = cell
        }
    }

    /// Blanks the other half of a wide character occupying (x, y), if there is one.
    private mutating func detachWideNeighbours(x: Int, y: Int) {
        let index = y * width + x
        let current = cells[index]
        if current.width == 2, x + 1 < width, cells[index + 1].width == 0 {
            cells[index + 1] = .blank(cells[index + 1].style)
        } else if current.width == 0, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
    }

    /// Writes text at (x, y) by grapheme cluster and display width and returns the columns used.
    ///
    /// Clips at the right edge or at `x + maxWidth`; a wide character that would not fit
    /// (including in the last column) is replaced by a blank; zero-width clusters are skipped.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            guard column < limit else { break }
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if column + characterWidth > limit {
                if column >= 0 { put(.blank(style), x: column, y: y) }
                column += 1
                break
            }
            if column >= 0 {
                put(Cell(text: String(character), width: characterWidth, style: style), x: column, y: y)
            } else if column + characterWidth > 0 {
                put(.blank(style), x: 0, y: y)
            }
            column += characterWidth
        }
        return max(0, column - x)
    }

    /// Fills a rectangle (clipped to the grid) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        let area = rect.intersection(Rect(x: 0, y: 0, width: width, height: height))
        guard !area.isEmpty else { return }
        let blank = Cell.blank(style)
        for row in area.y..<area.maxY {
            put(blank, x: area.x, y: row)
            if area.width > 1 { put(blank, x: area.maxX - 1, y: row) }
            if area.width > 2 {
                let start = row * width
                for column in (area.x + 1)..<(area.maxX - 1) { cells[start + column] = blank }
            }
        }
    }

    /// The cells of one row, left to right.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        precondition(y >= 0 && y < height, "Grid row \(y) outside \(width)x\(height)")
        return cells[(y * width)..<((y + 1) * width)]
    }
}
