import Foundation

/// A simple comma-separated table with a header row (no quoting: the demo files never need it).
struct CSVTable {
    let file: String
    let header: [String]
    let rows: [[String]]

    init(url: URL) throws(StoreError) {
        file = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else { throw .invalidDemoData(file: file, line: 0, reason: "unreadable") }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard let first = lines.first else { throw .invalidDemoData(file: file, line: 1, reason: "empty") }
        header = first.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var rows: [[String]] = []
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw .invalidDemoData(file: file, line: index + 2, reason: "expected \(header.count) fields")
            }
            rows.append(fields)
        }
        self.rows = rows
    }

    /// The rows as column-name dictionaries with their line numbers.
    var records: [(line: Int, fields: [String: String])] {
        rows.enumerated().map { (index, row) in
            (index + 2, Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
    }
}
