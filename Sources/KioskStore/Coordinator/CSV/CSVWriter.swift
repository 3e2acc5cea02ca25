import Foundation
import TextCodecs

/// CSV for spreadsheet programs: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting.
public enum CSVWriter {
    /// The UTF-8 byte-order mark spreadsheet programs need to read Chinese text correctly.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes: BOM, the header line, then one line per row, each ending in CRLF.
    public static func data(header: [String], rows: [[String]]) -> Data {
        var data = Data(byteOrderMark)
        data.append(Data(text(header: header, rows: rows).utf8))
        return data
    }

    /// The text without the BOM (what `--csv` prints to standard output); cells a spreadsheet would run as a
    /// formula are neutralised.
    public static func text(header: [String], rows: [[String]]) -> String {
        CSVText.text(rows: ([header] + rows).map { $0.map(SpreadsheetFormula.neutralised) })
    }
}
