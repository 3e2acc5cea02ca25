import Foundation
import KioskDomain

/// Instants as sortable UTC text (`2025-03-14T08:00:00.123Z`), the form every timestamp column holds.
public enum Timestamp {
    /// The text of an instant, millisecond precision, UTC.
    public static func text(_ instant: Date) -> String {
        let millis = Int64((instant.timeIntervalSince1970 * 1000).rounded(.down))
        let days = Int(millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000)
        let dayMillis = Int(millis - Int64(days) * 86_400_000)
        let day = CivilDate(dayNumber: days)
        let h = dayMillis / 3_600_000, m = dayMillis / 60_000 % 60, s = dayMillis / 1000 % 60, ms = dayMillis % 1000
        return day.iso + String(format: "T%02d:%02d:%02d.%03dZ", h, m, s, ms)
    }
}

extension Timestamp {
    /// The instant of a timestamp text, or nil when it is not one.
    public static func date(_ text: String) -> Date? {
        let chars = Array(text)
        guard chars.count == 24, chars[10] == "T", chars[23] == "Z",
              let day = CivilDate(iso: String(chars[0..<10])),
              let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])),
              let s = Int(String(chars[17..<19])), let ms = Int(String(chars[20..<23])) else { return nil }
        let millis = Int64(day.dayNumber) * 86_400_000 + Int64(((h * 60 + m) * 60 + s) * 1000 + ms)
        return Date(timeIntervalSince1970: Double(millis) / 1000)
    }
}
