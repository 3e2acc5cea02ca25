import TextCodecs

/// Why the region list could not be read; the key names the message shown to the coordinator.
public enum RegionListError: Error, Equatable, Sendable {
    /// The first line is not `code,name,level,parent`.
    case unexpectedHeader
    /// A line has the wrong number of fields, a code that is not 6 digits, or an unknown level.
    case malformedLine(number: Int)
    /// A region names a parent that is not in the list.
    case unknownParent(line: Int, code: String)

    /// The message key of the text shown for this error.
    public var messageKey: String {
        switch self {
        case .unexpectedHeader: "regions.error.header"
        case .malformedLine: "regions.error.line"
        case .unknownParent: "regions.error.parent"
        }
    }

    /// Values the message inserts.
    public var parameters: [String: String] {
        switch self {
        case .unexpectedHeader: [:]
        case .malformedLine(let number): ["line": String(number)]
        case .unknownParent(let line, let code): ["line": String(line), "code": code]
        }
    }
}

extension RegionDirectory {
    /// The header of the shipped list.
    static let csvHeader = ["code", "name", "level", "parent"]

    /// Parses the GB/T 2260 list (`code,name,level,parent`, one region a line, parent empty for a province).
    public init(csv: String) throws(RegionListError) {
        let records: [CSVRecord]
        do throws(CSVSyntaxError) {
            records = try CSVText.records(csv)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .malformedLine(number: line)
            }
        }
        guard let header = records.first, header.line == 1, header.fields == Self.csvHeader else {
            throw .unexpectedHeader
        }
        var regions: [Region] = []
        var lineNumbers: [String: Int] = [:]
        for record in records.dropFirst() {
            let fields = record.fields
            guard fields.count == 4, Self.isCode(fields[0]), !fields[1].isEmpty,
                  let level = Level(rawValue: fields[2]),
                  (level == .province) == fields[3].isEmpty, fields[3].isEmpty || Self.isCode(fields[3]) else {
                throw .malformedLine(number: record.line)
            }
            regions.append(Region(code: fields[0], name: fields[1], level: level,
                                  parentCode: fields[3].isEmpty ? nil : fields[3]))
            lineNumbers[fields[0]] = record.line
        }
        let codes = Set(regions.map(\.code))
        for region in regions {
            if let parent = region.parentCode, !codes.contains(parent) {
                throw .unknownParent(line: lineNumbers[region.code] ?? 0, code: parent)
            }
        }
        self.init(regions: regions)
    }

    private static func isCode(_ text: String) -> Bool {
        text.count == 6 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
