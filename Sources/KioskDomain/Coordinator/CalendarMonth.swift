/// A calendar month such as 2026-11: the period reports and reminders are counted in.
public struct CalendarMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// A month, or nil when out of range.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(_ day: CivilDate) {
        year = day.year
        month = day.month
    }

    /// Parses `yyyy-MM`; nil otherwise.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    /// `yyyy-MM`.
    public var iso: String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) + "-" + (month < 10 ? "0" : "")
            + String(month)
    }

    public var description: String { iso }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    /// The last day of the month.
    public var lastDay: CivilDate { firstDay.lastOfMonth }

    /// Whether a day falls in this month.
    public func contains(_ day: CivilDate) -> Bool { day.year == year && day.month == month }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let month = CalendarMonth(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a yyyy-MM month: \(text)")
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
