/// The 6-digit GB/T 2260 code of a county (县/区): the first six digits of a village's 12-digit
/// statistical code. Policy tables are chosen by it, and a kiosk serves the people registered in it.
public struct CountyCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The six digits, e.g. `450124` (Mashan County).
    public let value: String

    /// The county of a 12-digit village code (or of any longer code that starts with the county's six digits).
    public init(village code: String) {
        value = String(code.prefix(6))
    }

    /// A county code from exactly six digits; nil otherwise.
    public init?(_ text: String) {
        guard text.count == 6, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        value = text
    }

    public var description: String { value }
}
