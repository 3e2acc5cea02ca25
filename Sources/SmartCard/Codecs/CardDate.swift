/// A calendar date as stored on cards (YYYYMMDD), without time zone.
public struct CardDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year, e.g. 2024.
    public let year: Int
    /// Month 1-12.
    public let month: Int
    /// Day 1-31 (checked against the month).
    public let day: Int

    /// Builds a date; nil when it does not exist on the calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
              day <= CardDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses eight digits `YYYYMMDD`; nil when malformed or not a real date.
    public init?(digits: some StringProtocol) {
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let y = Int(digits.prefix(4)), let m = Int(digits.dropFirst(4).prefix(2)),
              let d = Int(digits.suffix(2)) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYYMMDD`.
    public var digits: String {
        String(format4(year)) + pad2(month) + pad2(day)
    }

    /// ISO 8601 form `YYYY-MM-DD`.
    public var description: String { "\(format4(year))-\(pad2(month))-\(pad2(day))" }

    /// Orders dates chronologically.
    public static func < (lhs: CardDate, rhs: CardDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
