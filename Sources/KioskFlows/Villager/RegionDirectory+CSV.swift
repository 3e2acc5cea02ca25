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
    /// The header line of the shipped list.
    static let csvHeader = "code,name,level,parent"

    /// Parses the GB/T 2260 list (`code,name,level,parent`, one region a line, parent empty for a province).
    public init(csv: String) throws(RegionListError) {
        var lines = csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first, header.trimmingTrailingCarriageReturn() == Self.csvHeader else {
            throw .unexpectedHeader
        }
        var regions: [Region] = []
        var lineNumbers: [String: Int] = [:]
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            let fields = line.trimmingTrailingCarriageReturn().split(separator: ",", omittingEmptySubsequences: false)
                .map(String.init)
            guard fields.count == 4, Self.isCode(fields[0]), !fields[1].isEmpty,
                  let level = Level(rawValue: fields[2]),
                  (level == .province) == fields[3].isEmpty, fields[3].isEmpty || Self.isCode(fields[3]) else {
                throw .malformedLine(number: number)
            }
            regions.append(Region(code: fields[0], name: fields[1], level: level,
                                  parentCode: fields[3].isEmpty ? nil : fields[3]))
            lineNumbers[fields[0]] = number
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

private extension String {
    func trimmingTrailingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
