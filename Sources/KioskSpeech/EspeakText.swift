/// Turns utterances into the single text handed to espeak-ng.
public enum EspeakText {
    /// One line per utterance; long digit runs (ID or card numbers, masked or not) are spelled
    /// digit by digit and their masked middle becomes a pause, so "4501**********123X" is said
    /// as "4 5 0 1，1 2 3 X" rather than as a large number and a row of asterisks.
    public static func render(_ utterances: [Utterance]) -> String {
        utterances.map { spellingLongNumbers(in: $0.text) }.joined(separator: "\n")
    }

    /// Runs this long or longer of digits, `*`, X and x are spelled out.
    static let spelledRunLength = 9

    /// `text` with long number-like runs spelled out.
    static func spellingLongNumbers(in text: String) -> String {
        var result = ""
        var run: [Character] = []
        func flush() {
            defer { run = [] }
            guard run.count >= spelledRunLength else {
                result += String(run)
                return
            }
            var parts: [String] = []
            var hidden = false
            for character in run {
                if character == "*" {
                    hidden = true
                    continue
                }
                if hidden, !parts.isEmpty { parts[parts.count - 1] += "，" }
                hidden = false
                parts.append(String(character))
            }
            result += parts.joined(separator: " ")
        }
        for character in text {
            if (character.isASCII && character.isNumber) || character == "*" || character == "X" || character == "x" {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
