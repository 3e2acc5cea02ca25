import Foundation

/// Builds what a screen or receipt says, in reading order: title, question, numbered choices, figures, receipt lines.
///
/// PINs are left out, ID numbers are masked; the result is a plain list of utterances for a `Speaker`.
public struct SpeechScript: Sendable, Hashable {
    /// The utterances so far, in the order they are said.
    public private(set) var utterances: [Utterance] = []
    /// The sentence patterns choices and figures are read with.
    public let phrases: SpeechPhrases

    /// Starts an empty script.
    public init(phrases: SpeechPhrases) {
        self.phrases = phrases
    }

    /// A whole screen: its title, question, choices by key and figures, in that order.
    public static func screen(
        title: SpokenText?, question: SpokenText?, choices: [(key: String, label: SpokenText)] = [],
        figures: [(label: String, value: SpokenText)] = [], phrases: SpeechPhrases
    ) -> SpeechScript {
        var script = SpeechScript(phrases: phrases)
        if let title { script.addTitle(title) }
        if let question { script.addQuestion(question) }
        for choice in choices { script.addChoice(key: choice.key, label: choice.label) }
        for figure in figures { script.addFigure(label: figure.label, value: figure.value) }
        return script
    }

    /// A receipt, one utterance per line; PIN lines are left out.
    public static func receipt(lines: [SpokenText], phrases: SpeechPhrases) -> SpeechScript {
        var script = SpeechScript(phrases: phrases)
        for line in lines { script.addReceiptLine(line) }
        return script
    }

    /// Adds the screen title.
    public mutating func addTitle(_ text: SpokenText) {
        append(text.speakable, kind: .title)
    }

    /// Adds the question the screen asks.
    public mutating func addQuestion(_ text: SpokenText) {
        append(text.speakable, kind: .question)
    }

    /// Adds a choice read with its number key, e.g. "按 1，参保登记"; left out when the label is a PIN.
    public mutating func addChoice(key: String, label: SpokenText) {
        guard let label = label.speakable else { return }
        append(SpeechPhrases.fill(phrases.choice, ["key": key, "label": label]), kind: .choice)
    }

    /// Adds a labelled figure such as a contribution or a date; a PIN value leaves only the label.
    public mutating func addFigure(label: String, value: SpokenText) {
        guard let value = value.speakable else {
            append(label, kind: .figure)
            return
        }
        append(SpeechPhrases.fill(phrases.figure, ["label": label, "value": value]), kind: .figure)
    }

    /// Adds one line of a receipt.
    public mutating func addReceiptLine(_ text: SpokenText) {
        append(text.speakable, kind: .receiptLine)
    }

    /// Appends an utterance unless the text is missing or blank.
    private mutating func append(_ text: String?, kind: Utterance.Kind) {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        utterances.append(Utterance(text, kind: kind))
    }
}
