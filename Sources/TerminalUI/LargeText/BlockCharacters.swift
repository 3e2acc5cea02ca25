/// The block characters that paint glyph pixels into terminal cells: one cell holds two stacked pixels.
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
}
