import Foundation
#if canImport(KioskDomain)
import KioskDomain
#endif
#if canImport(TextCodecs)
import TextCodecs
#endif

/// What an import did: rows taken and rows refused with their line numbers.
public struct ImportReport: Hashable, Sendable {
    public var imported: Int
    public var problems: [CSVRowProblem]

    /// A report of `imported` rows taken and the rows refused.
    public init(imported: Int, problems: [CSVRowProblem]) {
        self.imported = imported
        self.problems = problems
    }
}

/// A CSV file read by column name: checks the header and hands each data row over with its line number.
struct CSVImportTable {
    let header: [String]
    let rows: [(line: Int, fields: [String: String])]
    /// Rows with the wrong number of fields.
    let problems: [CSVRowProblem]

    /// Reads `text`, requiring the `required` columns; the order of columns is free.
    init(text: String, required: [String]) throws(CSVImportError) {
        let records: [CSVRecord]
        do throws(CSVSyntaxError) {
            records = try CSVText.records(text)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .unterminatedQuote(line: line)
            }
        }
        guard let first = records.first else { throw .empty }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        header = names
        let missing = required.filter { !names.contains($0) }
        guard missing.isEmpty else { throw .missingColumns(missing) }
        var rows: [(Int, [String: String])] = []
        var problems: [CSVRowProblem] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                problems.append(CSVRowProblem(line: record.line,
                                              reason: "expected \(names.count) fields, found \(record.fields.count)"))
                continue
            }
            let values = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append((record.line, Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })))
        }
        self.rows = rows
        self.problems = problems
    }
}

/// Why a CSV file cannot be imported at all.
public enum CSVImportError: Error, Hashable, Sendable {
    case empty
    case missingColumns([String])
    case unterminatedQuote(line: Int)

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .empty: "import.error.empty"
        case .missingColumns: "import.error.missingColumns"
        case .unterminatedQuote: "import.error.unterminatedQuote"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .empty: [:]
        case .missingColumns(let names): ["columns": names.joined(separator: ", ")]
        case .unterminatedQuote(let line): ["line": String(line)]
        }
    }
}

extension Money {
    /// Parses a yuan amount such as `300`, `300.5` or `300.50`; nil for anything else or a negative amount.
    static func parseYuan(_ text: String) -> Money? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
              let yuan = Int(parts[0]), yuan >= 0, parts[0].allSatisfy(\.isNumber) else { return nil }
        guard parts.count == 2 else { return .yuan(yuan) }
        let cents = parts[1]
        guard (1...2).contains(cents.count), cents.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(cents) else {
            return nil
        }
        return Money(fen: yuan * 100 + (cents.count == 1 ? value * 10 : value))
    }
}
