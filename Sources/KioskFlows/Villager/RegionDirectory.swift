import Foundation

/// The GB/T 2260 administrative divisions a villager can move to: provinces, prefectures and counties,
/// parsed once at the edge from the shipped list and searched by the transfer flow.
public struct RegionDirectory: Sendable, Equatable {
    /// The three levels of the list.
    public enum Level: String, Sendable, Equatable {
        case province, prefecture, county
    }

    /// One line of the list.
    public struct Region: Sendable, Hashable {
        /// The 6-digit GB/T 2260 code.
        public var code: String
        public var name: String
        public var level: Level
        /// The code of the region it belongs to; nil for a province.
        public var parentCode: String?

        /// A region.
        public init(code: String, name: String, level: Level, parentCode: String?) {
            self.code = code
            self.name = name
            self.level = level
            self.parentCode = parentCode
        }
    }

    /// A county with the names of the prefecture and province it lies in, as a search finds it.
    public struct County: Sendable, Hashable {
        public var code: String
        public var name: String
        /// Nil for a county directly under its province (省直辖县级行政区).
        public var prefectureName: String?
        public var provinceName: String

        /// A county found in the list.
        public init(code: String, name: String, prefectureName: String?, provinceName: String) {
            self.code = code
            self.name = name
            self.prefectureName = prefectureName
            self.provinceName = provinceName
        }

        /// The full name as a villager reads it: province, prefecture, county.
        public var fullName: String {
            [provinceName, prefectureName, name].compactMap { $0 }.filter { !$0.isEmpty }
                .reduce(into: [String]()) { names, name in
                    if names.last != name { names.append(name) }
                }
                .joined(separator: " ")
        }
    }

    /// Every region, ordered by code.
    public let regions: [Region]
    private let indexByCode: [String: Int]
    private let childIndexes: [String: [Int]]

    /// A directory holding nothing (a kiosk whose list was not loaded offers no destinations).
    public static let empty = RegionDirectory(regions: [])

    /// A directory of the given regions.
    public init(regions: [Region]) {
        let sorted = regions.sorted { $0.code < $1.code }
        self.regions = sorted
        var indexByCode: [String: Int] = [:]
        var childIndexes: [String: [Int]] = [:]
        for (index, region) in sorted.enumerated() {
            indexByCode[region.code] = index
            if let parent = region.parentCode {
                childIndexes[parent, default: []].append(index)
            }
        }
        self.indexByCode = indexByCode
        self.childIndexes = childIndexes
    }

    public static func == (lhs: RegionDirectory, rhs: RegionDirectory) -> Bool {
        lhs.regions == rhs.regions
    }

    /// The region with this code, if listed.
    public func region(code: String) -> Region? {
        indexByCode[code].map { regions[$0] }
    }

    /// The provinces that have at least one county, by code.
    public var provinces: [Region] {
        regions.filter { $0.level == .province && hasCounties($0.code) }
    }

    /// The prefectures of a province that have at least one county, by code.
    public func prefectures(in provinceCode: String) -> [Region] {
        children(of: provinceCode).filter { $0.level == .prefecture && hasCounties($0.code) }
    }

    /// The counties directly below a prefecture, or directly below a province (省直辖), by code.
    public func counties(in parentCode: String) -> [County] {
        children(of: parentCode).filter { $0.level == .county }.compactMap { county(code: $0.code) }
    }

    /// The county with this code, with its prefecture and province names; nil when it is not a listed county.
    public func county(code: String) -> County? {
        guard let region = region(code: code), region.level == .county, let parentCode = region.parentCode,
              let parent = self.region(code: parentCode) else {
            return nil
        }
        switch parent.level {
        case .province:
            return County(code: region.code, name: region.name, prefectureName: nil, provinceName: parent.name)
        case .prefecture:
            let province = parent.parentCode.flatMap { self.region(code: $0) }
            return County(code: region.code, name: region.name, prefectureName: parent.name,
                          provinceName: province?.name ?? "")
        case .county:
            return nil
        }
    }

    /// Counties matching what a villager typed: digits are a code prefix, anything else a name fragment
    /// found in the county's or its prefecture's name (county-name matches first). Ordered by code.
    public func search(_ query: String) -> [County] {
        let query = query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        let counties = regions.filter { $0.level == .county }
        if query.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return counties.filter { $0.code.hasPrefix(query) }.compactMap { county(code: $0.code) }
        }
        let all = counties.compactMap { county(code: $0.code) }
        let byName = all.filter { $0.name.contains(query) }
        let byPrefecture = all.filter { !$0.name.contains(query) && ($0.prefectureName?.contains(query) ?? false) }
        return byName + byPrefecture
    }

    private func children(of code: String) -> [Region] {
        (childIndexes[code] ?? []).map { regions[$0] }
    }

    private func hasCounties(_ code: String) -> Bool {
        children(of: code).contains { $0.level == .county || ($0.level == .prefecture && hasCounties($0.code)) }
    }
}
