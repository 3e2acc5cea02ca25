import Foundation
import TextCodecs

/// A demo data file: a CSV table with a header row, its rows read by column name with their line numbers.
struct CSVTable {
    let file: String
    let header: [String]
    /// The data rows as column-name dictionaries with the line each starts on.
    let records: [(line: Int, fields: [String: String])]

    init(url: URL) throws(StoreError) {
        file = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else { throw .invalidDemoData(file: file, line: 0, reason: "unreadable") }
        let parsed: [CSVRecord]
        do throws(CSVSyntaxError) {
            parsed = try CSVText.records(String(decoding: data, as: UTF8.self))
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .invalidDemoData(file: file, line: line, reason: "quote never closed")
            }
        }
        guard let first = parsed.first else { throw .invalidDemoData(file: file, line: 1, reason: "empty") }
        header = first.fields
        var records: [(line: Int, fields: [String: String])] = []
        for record in parsed.dropFirst() {
            guard record.fields.count == header.count else {
                throw .invalidDemoData(file: file, line: record.line,
                                       reason: "expected \(header.count) fields, found \(record.fields.count)")
            }
            records.append((record.line, Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })))
        }
        self.records = records
    }
}
