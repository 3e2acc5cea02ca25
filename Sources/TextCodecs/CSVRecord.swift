/// One record of a CSV text and the line it starts on (the first line is 1).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]

    /// A record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Why a CSV text cannot be read.
public enum CSVSyntaxError: Error, Hashable, Sendable {
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
}
