/// A person's sex as recorded on the ID card (odd 17th ID digit: male).
public enum Sex: String, Sendable, Codable, CaseIterable {
    case male
    case female

    /// The message key of the sex's display name.
    public var messageKey: String { "sex.\(rawValue)" }
}
