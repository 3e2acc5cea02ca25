import Foundation

/// All policy tables, from which the one in force for a region on a day is picked.
public struct PolicyBook: Sendable, Hashable {
    /// The tables, in load order.
    public let tables: [PolicyTable]

    /// A book of already-built tables (tests, tools).
    public init(tables: [PolicyTable]) {
        self.tables = tables
    }

    /// Loads and checks every `*.json` file in a folder; the first invalid file stops the load.
    public init(folder: URL) throws(PolicyError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw .unreadableFolder(folder.path)
        }
        guard !names.isEmpty else { throw .unreadableFolder(folder.path) }
        var tables: [PolicyTable] = []
        for name in names {
            let data: Data
            do { data = try Data(contentsOf: folder.appendingPathComponent(name)) } catch {
                throw .invalid(file: name, field: "", problem: .missing)
            }
            tables.append(try PolicyBook.table(from: data, file: name))
        }
        var seen = Set<String>()
        for table in tables {
            let key = "\(table.region)|\(table.effectiveFrom.iso)"
            if !seen.insert(key).inserted {
                throw .invalid(file: table.name, field: "effectiveFrom", problem: .duplicate)
            }
        }
        self.tables = tables
    }

    /// Decodes and checks one policy file's contents.
    public static func table(from data: Data, file: String) throws(PolicyError) -> PolicyTable {
        let table: PolicyTable
        do {
            table = try JSONDecoder().decode(PolicyTable.self, from: data)
        } catch let error as DecodingError {
            throw PolicyBook.describe(error, file: file)
        } catch {
            throw .invalid(file: file, field: "", problem: .wrongType)
        }
        if let (field, problem) = table.firstProblem() {
            throw .invalid(file: file, field: field, problem: problem)
        }
        return table
    }

    static func describe(_ error: DecodingError, file: String) -> PolicyError {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            var text = ""
            for key in keys + (last.map { [$0] } ?? []) {
                if let index = key.intValue { text += "[\(index)]" } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .invalid(file: file, field: path(context.codingPath, key), problem: .missing)
        case .valueNotFound(_, let context):
            return .invalid(file: file, field: path(context.codingPath), problem: .missing)
        case .typeMismatch(_, let context):
            return .invalid(file: file, field: path(context.codingPath), problem: .wrongType)
        case .dataCorrupted(let context):
            let problem: PolicyFieldProblem = context.codingPath.isEmpty ? .wrongType : .notADate
            return .invalid(file: file, field: path(context.codingPath), problem: problem)
        @unknown default:
            return .invalid(file: file, field: "", problem: .wrongType)
        }
    }

    /// The table in force for a county on a day (the day of the event, not today): among the tables whose
    /// `effectiveFrom`...`effectiveUntil` contains the day, the most specific region, then the latest start.
    public func table(region: String, on day: CivilDate) throws(PolicyError) -> PolicyTable {
        let candidates = tables.filter { region.hasPrefix($0.region) && $0.isInForce(on: day) }
        guard let best = candidates.max(by: { a, b in
            (a.region.count, a.effectiveFrom) < (b.region.count, b.effectiveFrom)
        }) else { throw .noTableInForce(region: region, on: day) }
        return best
    }
}
