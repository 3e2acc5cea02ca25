import Foundation

/// The localised sentence patterns the speech script fills in, taken from the strings tables.
public struct SpeechPhrases: Sendable, Hashable {
    /// How a choice is read, with `{key}` and `{label}` (key `speech.choice`, e.g. "按 {key}，{label}").
    public var choice: String
    /// How a figure is read, with `{label}` and `{value}` (key `speech.figure`, e.g. "{label}，{value}").
    public var figure: String

    /// Creates the phrases from their localised patterns.
    public init(choice: String, figure: String) {
        self.choice = choice
        self.figure = figure
    }

    /// The strings-table keys of the patterns, for the caller to look up.
    public static let choiceKey = "speech.choice"
    public static let figureKey = "speech.figure"

    /// `pattern` with each `{name}` replaced by its value; other text kept as it is.
    static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var result = pattern
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
