/// Line breaking, truncation and padding of text by display width.
public enum TextLayout {
    /// Characters that must not start a line (CJK closing punctuation, simple kinsoku).
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", "”", "’", "…",
        ",", ".", ";", ":", "?", "!", ")",
    ]
    /// Characters that must not end a line (CJK opening brackets).
    static let noLineEnd: Set<Character> = ["（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "("]

    /// Wraps text into lines of at most `width` columns.
    ///
    /// Breaks at spaces between Latin words and anywhere between wide (CJK) characters, keeps
    /// closing punctuation off the start of a line, honours "\n", and splits words longer than the width.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0, !text.isEmpty else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(Substring(paragraph), width: width)
        }
        return lines
    }

    /// Shortens text to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Pads text with spaces to exactly `width` columns, truncating it first when longer.
    public static func align(_ text: String, width: Int, alignment: TextAlignment) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, width: width)
        let padding = width - DisplayWidth.of(fitted)
        switch alignment {
        case .leading:
            return fitted + String(repeating: " ", count: padding)
        case .trailing:
            return String(repeating: " ", count: padding) + fitted
        case .center:
            let left = padding / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: padding - left)
        }
    }

    /// One unit of line breaking: a run of spaces, a Latin word, or a wide character with glued punctuation.
    private struct Token {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    /// Splits a paragraph into break units, gluing punctuation to its neighbour.
    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var glueNext = false
        for character in paragraph {
            let characterWidth = DisplayWidth.of(character)
            let isSpace = character == " " || character == "\u{3000}" || character == "\t"
            if let last = tokens.last, !isSpace, !last.isSpace,
               glueNext || noLineStart.contains(character) || (characterWidth < 2 && last.width > 0 && !endsWide(last.text)) {
                tokens[tokens.count - 1].text.append(character)
                tokens[tokens.count - 1].width += characterWidth
            } else if let last = tokens.last, isSpace, last.isSpace {
                tokens[tokens.count - 1].text.append(character)
                tokens[tokens.count - 1].width += characterWidth
            } else {
                tokens.append(Token(text: String(character), width: characterWidth, isSpace: isSpace))
            }
            glueNext = noLineEnd.contains(character)
        }
        return tokens
    }

    /// True when the last character of `text` is wide (a break may follow it).
    private static func endsWide(_ text: String) -> Bool {
        text.last.map { DisplayWidth.of($0) >= 2 } ?? false
    }

    /// Greedy line filling of one paragraph.
    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        func finishLine() {
            while line.last == " " || line.last == "\u{3000}" { line.removeLast() }
            lines.append(line)
            line = ""
            used = 0
        }
        for token in tokens(of: paragraph) {
            if token.isSpace {
                if used + token.width <= width, !(line.isEmpty && !lines.isEmpty) {
                    line += token.text
                    used += token.width
                } else if !line.isEmpty {
                    finishLine()
                }
                continue
            }
            if used + token.width <= width {
                line += token.text
                used += token.width
                continue
            }
            if !line.isEmpty { finishLine() }
            if token.width <= width {
                line = token.text
                used = token.width
                continue
            }
            for character in token.text {
                let characterWidth = DisplayWidth.of(character)
                if used + characterWidth > width, !line.isEmpty { finishLine() }
                line.append(character)
                used += characterWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }
}
