/// Keeps an exported cell from being run as a formula when a technician opens the file in a spreadsheet:
/// a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which
/// spreadsheets show as text (OWASP "CSV Injection" guidance).
public enum SpreadsheetFormula {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it is safe to export.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return cell }
        return "'" + cell
    }
}
