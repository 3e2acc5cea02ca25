/// Why a typed PIN is not acceptable as a coordinator PIN.
public enum CoordinatorPINError: Error, Hashable, Sendable {
    /// Not exactly six ASCII digits.
    case format
    /// All digits the same or a plain run such as 123456.
    case tooSimple

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .format: "coordinator.pin.error.format"
        case .tooSimple: "coordinator.pin.error.tooSimple"
        }
    }
}

/// A coordinator PIN: exactly six digits. Its text is never printed, logged or spoken.
public struct CoordinatorPIN: Hashable, Sendable, CustomStringConvertible {
    /// The number of digits.
    public static let length = 6

    /// The six digits.
    public let digits: String

    /// A PIN as typed when logging in: only the format is checked.
    public init(_ text: String) throws(CoordinatorPINError) {
        guard text.count == CoordinatorPIN.length, text.allSatisfy(\.isASCIIDigit) else { throw .format }
        digits = text
    }

    /// A PIN being set: also refuses repeated digits and ascending or descending runs.
    public static func newPIN(_ text: String) throws(CoordinatorPINError) -> CoordinatorPIN {
        let pin = try CoordinatorPIN(text)
        let values = pin.digits.compactMap(\.wholeNumberValue)
        let steps = Set(zip(values, values.dropFirst()).map { $1 - $0 })
        if steps.count == 1, let step = steps.first, abs(step) <= 1 { throw .tooSimple }
        return pin
    }

    /// Masked: the digits never appear in logs or descriptions.
    public var description: String { String(repeating: "*", count: CoordinatorPIN.length) }
}
