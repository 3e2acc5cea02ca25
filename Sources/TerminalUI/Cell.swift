/// One terminal column: a grapheme cluster with its display width and style.
///
/// A wide character occupies two cells: the first holds the text with width 2,
/// the second is a continuation cell with empty text and width 0.
public struct Cell: Sendable, Hashable {
    /// One grapheme cluster; `" "` for a blank; `""` for the continuation cell after a wide character.
    public var text: String
    /// Display width: 1 for ordinary text, 2 for a wide character's first cell, 0 for its continuation.
    public var width: Int
    public var style: CellStyle

    /// Creates a cell from its parts.
    public init(text: String, width: Int, style: CellStyle = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: CellStyle = .plain) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// The continuation cell that follows a wide character.
    public static func continuation(_ style: CellStyle = .plain) -> Cell {
        Cell(text: "", width: 0, style: style)
    }

    /// True for the second half of a wide character.
    public var isContinuation: Bool { width == 0 }

    /// Field-by-field equality without generic dispatch, for the per-frame diff.
    @inline(__always)
    func looksSame(as other: Cell) -> Bool {
        width == other.width
            && style.foreground == other.style.foreground && style.background == other.style.background
            && style.bold == other.style.bold && style.reverse == other.style.reverse
            && style.underline == other.style.underline
            && text == other.text
    }
}
