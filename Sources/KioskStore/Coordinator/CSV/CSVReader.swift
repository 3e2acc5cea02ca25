import Foundation

/// One record of a CSV file and the line it starts on (the header is line 1).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]
}

/// A row that could not be imported: its line and why.
public struct CSVRowProblem: Hashable, Sendable {
    public var line: Int
    /// A short English reason for the technician, naming the column.
    public var reason: String

    /// A problem.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends;
/// a leading UTF-8 byte-order mark is skipped; blank lines are ignored.
public enum CSVReader {
    /// The records of a text, or the line where a quoted field is never closed.
    public static func records(_ text: String) -> (records: [CSVRecord], unterminatedQuoteAt: Int?) {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteOpenedAt = 0
        let iterator = Array(scalars)
        var i = 0
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }
        while i < iterator.count {
            let c = iterator[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < iterator.count && iterator[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
                quoteOpenedAt = line
            } else if c == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\r" && i + 1 < iterator.count && iterator[i + 1] == "\n" {
                // CRLF: the LF ends the record.
            } else if c == "\n" || c == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if inQuotes { return (records, quoteOpenedAt) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return (records, nil)
    }
}
