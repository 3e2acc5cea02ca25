import Foundation

/// Everything a person sees, by key and language, loaded from `Assets/strings/<language>.json`.
///
/// A key missing from a table never shows as a blank: it shows as `⟦key⟧`, which screen tests
/// reject, so a missing key fails a test before it reaches a villager.
public struct StringCatalog: Sendable {
    /// The mark around a key that has no text; tests search rendered screens for it.
    public static let missingMark: Character = "⟦"

    private let tables: [Language: [String: String]]

    /// A catalog from already-loaded tables (tests build small ones this way).
    public init(tables: [Language: [String: String]]) {
        self.tables = tables
    }

    /// Loads every language's table from a folder holding `zh-Hans.json` and `en.json`.
    public static func load(from folder: URL) throws -> StringCatalog {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let file = folder.appendingPathComponent("\(language.rawValue).json")
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                throw StringCatalogError.unreadable(path: file.path)
            }
            guard let table = try? JSONDecoder().decode([String: String].self, from: data) else {
                throw StringCatalogError.malformed(path: file.path)
            }
            tables[language] = table
        }
        return StringCatalog(tables: tables)
    }

    /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard var text = tables[language]?[key] else {
            return "⟦\(key)⟧"
        }
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Whether `key` has text in every language.
    public func hasText(for key: String) -> Bool {
        Language.allCases.allSatisfy { tables[$0]?[key] != nil }
    }

    /// The keys of one language's table.
    public func keys(_ language: Language) -> Set<String> {
        Set(tables[language]?.keys ?? [:].keys)
    }
}

/// Why the string tables could not be loaded at start.
public enum StringCatalogError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case malformed(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read string table \(path)"
        case .malformed(let path): "string table \(path) is not a JSON object of strings"
        }
    }
}
