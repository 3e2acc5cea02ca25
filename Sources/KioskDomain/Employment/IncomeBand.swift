/// A monthly income band in yuan (assumed bands: the plan's registration form was not found in public sources).
public enum IncomeBand: String, CaseIterable, Hashable, Sendable, Codable {
    case none, below2000, from2000to3999, from4000to5999, from6000
    /// The key of its name in the string tables.
    public var messageKey: String { "employment.income.\(rawValue)" }
}
