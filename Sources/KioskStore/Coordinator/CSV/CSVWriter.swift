import Foundation

/// Writes CSV for spreadsheet programs: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
public enum CSVWriter {
    /// The UTF-8 byte-order mark spreadsheet programs need to read Chinese text correctly.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes: BOM, the header line, then one line per row, each ending in CRLF.
    public static func data(header: [String], rows: [[String]]) -> Data {
        var data = Data(byteOrderMark)
        data.append(Data(text(header: header, rows: rows).utf8))
        return data
    }

    /// The text without the BOM (what `--csv` prints to standard output).
    public static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined()
    }

    /// One record and its CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, in double quotes (inner quotes doubled) when it holds a comma, quote, CR or LF.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
