/// The GB 3304 nation (ethnic group) code table, read from the reference CSV (`code,name`).
public struct NationTable: Sendable {
    /// Names by two-digit code.
    public let names: [String: String]

    /// Parses the CSV text; the header line and malformed lines are skipped.
    public init(csv: String) {
        var names: [String: String] = [:]
        for line in csv.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ",", maxSplits: 1).map(Self.trimmed)
            guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy(\.isNumber) else { continue }
            names[parts[0]] = parts[1]
        }
        self.names = names
    }

    /// An empty table: names stay unknown.
    public static let empty = NationTable(csv: "")

    /// The name for a two-digit code, if listed.
    public func name(for code: String) -> String? { names[code] }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
