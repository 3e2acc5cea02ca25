import Foundation
import Logging

/// A swift-log handler writing each message as one line of a `LogFile`:
/// `2026-03-14T09:05:00+08:00 warning village-kiosk: message key=value`.
///
/// The time of each line comes from the `now` it is given (the kiosk's clock), never from reading
/// the system clock itself, so tests choose it.
public struct FileLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]

    private let label: String
    private let file: LogFile
    private let now: @Sendable () -> Date
    private let timeStyle: Date.ISO8601FormatStyle

    /// A handler for the logger `label`, writing to `file` with times from `now` shown in `timeZone`.
    public init(label: String, file: LogFile, timeZone: TimeZone = .gmt, now: @escaping @Sendable () -> Date) {
        self.label = label
        self.file = file
        self.now = now
        self.timeStyle = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        file.append(line(for: event))
    }

    /// The line written for an event: time, level, label, message, then the metadata sorted by key.
    func line(for event: LogEvent) -> String {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        var text = "\(timeStyle.format(now())) \(event.level) \(label): \(event.message)"
        for key in merged.keys.sorted() {
            text += " \(key)=\(merged[key]!)"
        }
        // One event, one line: a message with line breaks must not look like several events.
        return text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
