/// The GB 3304 nation (ethnic group) code table: names by two-digit code.
public struct NationTable: Sendable {
    /// Names by two-digit code.
    public let names: [String: String]

    /// A table of the given names.
    public init(names: [String: String]) {
        self.names = names
    }

    /// An empty table: names stay unknown.
    public static let empty = NationTable(names: [:])

    /// The name for a two-digit code, if listed.
    public func name(for code: String) -> String? { names[code] }
}
