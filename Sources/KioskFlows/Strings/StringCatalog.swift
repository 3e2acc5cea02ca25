import Foundation
import KioskDomain
import Synchronization

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
    ///
    /// The kiosk's first frame waits for this, so the tables are read side by side, each with
    /// `JSONSerialization` (about half the time `JSONDecoder` takes for a flat object of strings).
    public static func load(from folder: URL) throws -> StringCatalog {
        let languages = Language.allCases
        let loaded = Mutex<[Language: Result<[String: String], StringCatalogError>]>([:])
        DispatchQueue.concurrentPerform(iterations: languages.count) { index in
            let language = languages[index]
            let outcome = Result { () throws(StringCatalogError) in try table(for: language, in: folder) }
            loaded.withLock { $0[language] = outcome }
        }
        var tables: [Language: [String: String]] = [:]
        for language in languages {
            tables[language] = try loaded.withLock { $0[language]! }.get()
        }
        return StringCatalog(tables: tables)
    }

    /// One language's table: a JSON object whose every value is a string.
    private static func table(for language: Language, in folder: URL) throws(StringCatalogError) -> [String: String] {
        let file = folder.appendingPathComponent("\(language.rawValue).json")
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(path: file.path)
        }
        guard let table = (try? JSONSerialization.jsonObject(with: data)) as? [String: String] else {
            throw .malformed(path: file.path)
        }
        return table
    }

    /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let text = tables[language]?[key] else {
            return "⟦\(key)⟧"
        }
        return Self.fill(text, arguments)
    }

    /// The text of a message in `language`: its values filled in, and nested messages as their own text.
    public func text(_ message: UserMessage, _ language: Language) -> String {
        var values = message.parameters
        for (name, nested) in message.nested {
            values[name] = text(nested, language)
        }
        return text(message.key, language, values)
    }

    /// Fills `{name}` placeholders in one pass, so a value that itself holds braces is shown as it is.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
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
