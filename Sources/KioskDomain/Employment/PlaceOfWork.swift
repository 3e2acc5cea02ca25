/// Where a person works or a job is, on the National Bureau of Statistics' scale of distance from home.
///
/// Source: DOMAIN.md "Codes for employment records" (NBS place scale: own township, own county, other county of the
/// prefecture, other prefecture of the province, other province). The order is the distance tier matching uses.
public enum PlaceOfWork: Int, CaseIterable, Comparable, Hashable, Sendable, Codable {
    /// Inside the villager's own township (乡镇内).
    case ownTownship = 1
    /// Elsewhere in the own county (县内乡外).
    case ownCounty = 2
    /// Another county of the same prefecture (市内县外).
    case otherCountyOfPrefecture = 3
    /// Another prefecture of Guangxi (区内市外).
    case otherPrefectureOfProvince = 4
    /// Another province (区外).
    case otherProvince = 5

    /// The code used in files and the database.
    public var code: String {
        switch self {
        case .ownTownship: "township"
        case .ownCounty: "county"
        case .otherCountyOfPrefecture: "prefecture"
        case .otherPrefectureOfProvince: "province"
        case .otherProvince: "outside"
        }
    }

    /// The place with a file code, or nil.
    public init?(code: String) {
        guard let place = PlaceOfWork.allCases.first(where: { $0.code == code }) else { return nil }
        self = place
    }

    /// The key of its name in the string tables.
    public var messageKey: String { "employment.place.\(code)" }

    public static func < (lhs: PlaceOfWork, rhs: PlaceOfWork) -> Bool { lhs.rawValue < rhs.rawValue }
}
