/// Terminal display width of text in columns, from a pure-Swift table (locale-independent).
///
/// Matches glibc `wcwidth` for the scripts the kiosk shows (CJK, Hangul, full-width forms, ASCII);
/// see `WidthTable` for where it deliberately follows newer Unicode data.
public enum DisplayWidth {
    /// The width of one scalar: 0 for controls, combining and zero-width characters, 2 for wide ones, else 1.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if value < 0x0300 { return 1 }
        if WidthTable.contains(value, in: WidthTable.wide) { return 2 }
        if WidthTable.contains(value, in: WidthTable.zeroWidth) { return 0 }
        return 1
    }

    /// The width of one grapheme cluster: emoji sequences (ZWJ, VS16, flags) take 2, otherwise the base's width.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var width = 0
        var regionalIndicators = 0
        var joinsEmoji = false
        var presentsAsEmoji = false
        for scalar in character.unicodeScalars {
            switch scalar.value {
            case 0xFE0F: presentsAsEmoji = true
            case 0x200D: joinsEmoji = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            default: break
            }
            if width == 0 { width = of(scalar) }
        }
        let emojiSequence = presentsAsEmoji
            || (joinsEmoji && character.unicodeScalars.contains { $0.value > 0xFF && $0.properties.isEmoji })
        if emojiSequence || regionalIndicators >= 2 { return 2 }
        return width
    }

    /// The width of a string: the sum of its grapheme clusters' widths.
    public static func of(_ string: String) -> Int {
        var total = 0
        for character in string { total += of(character) }
        return total
    }
}
