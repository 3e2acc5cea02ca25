#if canImport(CSV)
import CSV
#endif
import Foundation

/// CSV text (RFC 4180) read and written through the CSV.swift library, the one CSV codec of the package.
///
/// Reading: quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF or CR line ends;
/// a leading byte-order mark is skipped; blank lines are skipped but still counted, so every record
/// carries the line it starts on. Writing: fields are quoted only when they must be; every line ends in CRLF.
public enum CSVText {
    /// A line the reader adds after the text: a quote left open swallows it, which is how an
    /// unterminated quote is told from a closed one (the library reads an open quote to the end silently).
    private static let endMark = "\u{E000}end of CSV text\u{E000}"

    /// The records of a text in order, blank lines left out.
    public static func records(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        let rows: [[String]]
        do {
            rows = Array(try CSVReader(string: String(body) + "\n" + endMark))
        } catch {
            // The library throws only when asked to read a header row, which this reader never does.
            return []
        }
        var records: [CSVRecord] = []
        var line = 1
        for (index, fields) in rows.enumerated() {
            if index == rows.count - 1 {
                guard fields == [endMark] else {
                    let openedAt = line + fields.dropLast().map(lineBreaks).reduce(0, +)
                    throw .unterminatedQuote(line: openedAt)
                }
                break
            }
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: line, fields: fields))
            }
            line += 1 + fields.map(lineBreaks).reduce(0, +)
        }
        return records
    }

    /// The rows as CSV text, each line ending in CRLF.
    public static func text(rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        let stream = OutputStream.toMemory()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            for row in rows { try writer.write(row: row) }
            stream.close()
        } catch {
            // Writing to memory does not fail.
            return ""
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// Line breaks inside a (quoted) field: LF, CRLF and a lone CR each count once.
    private static func lineBreaks(_ field: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar?
        for scalar in field.unicodeScalars {
            // LF counts itself (so CRLF counts once); a CR counts when no LF follows it.
            if scalar == "\n" || previous == "\r" { count += 1 }
            previous = scalar
        }
        if previous == "\r" { count += 1 }
        return count
    }
}
