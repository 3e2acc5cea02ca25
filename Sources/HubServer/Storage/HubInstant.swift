import Foundation

/// Instants as the hub stores and shows them: ISO 8601 in UTC with milliseconds, sortable as text.
enum HubInstant {
    static func text(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: instant)
    }
}
