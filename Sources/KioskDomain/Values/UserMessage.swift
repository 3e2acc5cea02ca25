/// What a person is told: a key of the string tables and the values its `{name}` placeholders take.
///
/// Errors and refusals hand one of these to the screens instead of a bare key, so a message is never shown with a
/// placeholder left unfilled. Values are what a person may see (dates, masked ID numbers, counts); an underlying
/// error's own text (database, system) never goes into one, it stays in the error for the technicians.
public struct UserMessage: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The key of the text in `Assets/strings/<language>.json`.
    public var key: String
    /// Values by placeholder name, shown as they are.
    public var parameters: [String: String]
    /// Placeholders filled with the text of another message in the same language (a reason inside a sentence).
    public var nested: [String: UserMessage]

    /// A message with its values.
    public init(_ key: String, _ parameters: [String: String] = [:], nested: [String: UserMessage] = [:]) {
        self.key = key
        self.parameters = parameters
        self.nested = nested
    }

    /// The placeholder names this message fills (plain values and nested messages).
    public var suppliedNames: Set<String> {
        Set(parameters.keys).union(nested.keys)
    }

    /// The reason shown when the kiosk's database failed; the database's own text is for the technicians only.
    public static let databaseFailure = UserMessage("store.reason.database")

    /// The key and what fills it, for logs and test failures.
    public var description: String {
        let values = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + nested.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.description)" }
        return values.isEmpty ? key : "\(key)(\(values.joined(separator: ", ")))"
    }

    /// The names of the `{name}` placeholders in a text, in order of first appearance, each once.
    ///
    /// A name is one or more letters, digits or underscores between braces; anything else in braces is no placeholder.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}" {
                if let name = current, !name.isEmpty, !names.contains(name) { names.append(name) }
                current = nil
            } else if current != nil {
                if character.isLetter || character.isNumber || character == "_" {
                    current?.append(character)
                } else {
                    current = nil
                }
            }
        }
        return names
    }
}

/// A failure or refusal that knows what to tell the person, with every value its text needs.
public protocol UserExplainable {
    /// The message the screens show for it.
    var userMessage: UserMessage { get }
}
