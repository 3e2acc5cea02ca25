/// Text handed to the speech script, marked by how it may be spoken.
public enum SpokenText: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Ordinary text; ID-number-like digit runs in it are still masked.
    case plain(String)
    /// An ID number, spoken only in its masked form.
    case idNumber(String)
    /// A PIN or password: never spoken.
    case pin(String)

    /// Creates plain text from a literal.
    public init(stringLiteral value: String) {
        self = .plain(value)
    }

    /// The text that may be spoken, or nil for a PIN.
    public var speakable: String? {
        switch self {
        case .plain(let text): text
        case .idNumber(let number): IDNumberMask.mask(number)
        case .pin: nil
        }
    }
}
