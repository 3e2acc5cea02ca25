import Foundation

/// The county's set of policy tables as it publishes them down to the kiosks: a JSON array of tables, each written
/// as a file of `Assets/policy/` is, each checked by the loader of the shipped files (`PolicyBook.table(from:file:)`).
/// A problem names the line of the file it is on, so a county officer can find it.
public enum PolicyTableSet {
    /// Why a set was refused whole.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text is not a JSON array of objects; the line where reading stopped.
        case notAnArray(line: Int)
        /// The array holds no table.
        case empty
        /// A table the loader refuses: the line of the field (or of the table), and the loader's reason.
        case table(line: Int, name: String, field: String, problem: PolicyFieldProblem)
        /// Two tables for one region starting on one day.
        case duplicate(line: Int, region: String, effectiveFrom: String)

        public var description: String {
            switch self {
            case .notAnArray(let line): "line \(line): the file is not a JSON array of policy tables ([{...}, {...}])"
            case .empty: "the file holds no policy table"
            case .table(let line, let name, let field, let problem):
                "line \(line): table \(name.isEmpty ? "without a name" : name): "
                    + (field.isEmpty ? "" : "field \(field): ") + problem.rawValue
            case .duplicate(let line, let region, let from):
                "line \(line): a second table for region \(region) from \(from)"
            }
        }
    }

    /// The tables `text` holds, every one checked, in their order; the first problem refuses the whole set.
    public static func tables(from text: String) throws(Problem) -> [PolicyTable] {
        let elements = try elements(Array(text.utf8))
        guard !elements.isEmpty else { throw .empty }
        var tables: [PolicyTable] = []
        var seen = Set<String>()
        for element in elements {
            let name = "table \(tables.count + 1)"
            let table: PolicyTable
            do throws(PolicyError) {
                table = try PolicyBook.table(from: Data(element.bytes), file: name)
            } catch {
                guard case .invalid(_, let field, let problem) = error else { throw .notAnArray(line: element.line) }
                // A missing field is not in the text: name the line of the object that lacks it.
                let located = problem == .missing ? field.split(separator: ".").dropLast().joined(separator: ".") : field
                throw .table(line: element.line + line(of: located, in: element.bytes), name: tableName(element.bytes),
                             field: field, problem: problem)
            }
            guard seen.insert("\(table.region)|\(table.effectiveFrom.iso)").inserted else {
                throw .duplicate(line: element.line, region: table.region, effectiveFrom: table.effectiveFrom.iso)
            }
            tables.append(table)
        }
        return tables
    }

    /// One element of the top-level array: the line it starts on and its bytes.
    struct Element {
        var line: Int
        var bytes: ArraySlice<UInt8>
    }

    /// Splits the top-level array into its elements, each an object, without decoding them.
    static func elements(_ bytes: [UInt8]) throws(Problem) -> [Element] {
        var index = 0, line = 1
        func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            }
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw .notAnArray(line: line) }
        index += 1
        skipSpace()
        var elements: [Element] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            var depth = 1, inString = false, start = index, startLine = line
            while depth > 0 {
                guard index < bytes.count else { throw .notAnArray(line: line) }
                let byte = bytes[index]
                if byte == 0x0A { line += 1 }
                if inString {
                    if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
                } else if byte == UInt8(ascii: "\"") {
                    inString = true
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                }
                if !inString && ((depth == 1 && byte == UInt8(ascii: ",")) || depth == 0) {
                    let element = trimmed(bytes[start..<index])
                    guard element.first == UInt8(ascii: "{") else { throw .notAnArray(line: startLine) }
                    elements.append(Element(line: startLine + leadingLines(bytes[start..<index]), bytes: element))
                    start = index + 1
                    startLine = line
                }
                index += 1
            }
        }
        skipSpace()
        guard index == bytes.count else { throw .notAnArray(line: line) }
        return elements
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard let first = bytes.firstIndex(where: { !space.contains($0) }),
              let last = bytes.lastIndex(where: { !space.contains($0) }) else { return bytes[bytes.startIndex..<bytes.startIndex] }
        return bytes[first...last]
    }

    /// Newlines before the first byte that is not white space (an element starting on a later line than its comma).
    private static func leadingLines(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.prefix { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.filter { $0 == 0x0A }.count
    }

    /// Lines into the element where the field is: each named key of its path found after the one before it (0 when
    /// the first cannot be found, the line of the last found otherwise).
    static func line(of field: String, in bytes: ArraySlice<UInt8>) -> Int {
        let names = field.split(separator: ".").map { String($0.prefix { $0 != "[" }) }.filter { !$0.isEmpty }
        let element = Array(bytes)
        var from = 0, found: Int?
        for name in names {
            let needle = Array("\"\(name)\"".utf8)
            guard needle.count <= element.count - from,
                  let offset = (from...(element.count - needle.count)).first(where: {
                      element[$0..<($0 + needle.count)].elementsEqual(needle)
                  }) else { break }
            found = offset
            from = offset + needle.count
        }
        return found.map { element[..<$0].filter { $0 == 0x0A }.count } ?? 0
    }

    /// The table's `name`, when the element has one (for the refusal's wording).
    private static func tableName(_ bytes: ArraySlice<UInt8>) -> String {
        struct Named: Decodable { var name: String? }
        return (try? JSONDecoder().decode(Named.self, from: Data(bytes)))?.name ?? ""
    }
}

extension PolicyBook {
    /// This book with the county's tables: a county table replaces a table of this book for the same region starting
    /// on the same day (a correction), and otherwise joins it; the pick of the table in force is unchanged.
    public func including(_ county: [PolicyTable]) -> PolicyBook {
        let replaced = Set(county.map { "\($0.region)|\($0.effectiveFrom.iso)" })
        return PolicyBook(tables: tables.filter { !replaced.contains("\($0.region)|\($0.effectiveFrom.iso)") } + county)
    }
}
