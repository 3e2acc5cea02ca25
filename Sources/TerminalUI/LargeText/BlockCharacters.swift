/// The block characters that paint glyph pixels into terminal cells.
enum BlockCharacters {
    /// Two vertically stacked pixels (top, bottom) as a half-block cell.
    static func halfBlock(top: Bool, bottom: Bool) -> String {
        switch (top, bottom) {
        case (true, true): "█"
        case (true, false): "▀"
        case (false, true): "▄"
        case (false, false): " "
        }
    }

    /// Quadrant characters indexed by set bits: 1 upper left, 2 upper right, 4 lower left, 8 lower right.
    static let quadrants: [String] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
    ]
}
