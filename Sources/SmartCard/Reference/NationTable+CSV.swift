import TextCodecs

extension NationTable {
    /// Parses the reference CSV (`code,name`); the header line and malformed lines are skipped, and a
    /// text whose quotes never close gives an empty table (names stay unknown).
    public init(csv: String) {
        var names: [String: String] = [:]
        for record in (try? CSVText.records(csv)) ?? [] {
            let fields = record.fields.map(Self.trimmed)
            guard fields.count == 2, fields[0].count == 2, fields[0].allSatisfy(\.isNumber), !fields[1].isEmpty else {
                continue
            }
            names[fields[0]] = fields[1]
        }
        self.init(names: names)
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
