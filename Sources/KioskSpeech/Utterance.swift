/// One piece of speech: text to say and what part of the screen or receipt it reads.
///
/// Creating an utterance masks every ID-number-like digit run in its text (see `IDNumberMask`),
/// so no utterance can carry a full ID number, whoever builds it.
public struct Utterance: Sendable, Hashable {
    /// What an utterance reads out.
    public enum Kind: Sendable, Hashable {
        case title, question, choice, figure, receiptLine
    }

    /// The text to say, already masked.
    public let text: String
    public let kind: Kind

    /// Creates an utterance; ID-number-like digit runs in `text` are masked.
    public init(_ text: String, kind: Kind) {
        self.text = IDNumberMask.redactingIDLikeRuns(in: text)
        self.kind = kind
    }
}
