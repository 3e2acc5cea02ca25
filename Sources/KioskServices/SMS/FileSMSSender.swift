import Foundation
import KioskStore

/// The default sender: appends each message as one JSON line to a file (`sms-outbox.jsonl` in the data folder), for a
/// village without an SMS gateway, where the coordinator sends them by hand or a later step forwards them.
public struct FileSMSSender: SMSSender {
    public let url: URL

    /// A sender appending to `url` (created when missing).
    public init(url: URL) {
        self.url = url
    }

    /// One line of the file.
    struct Line: Codable {
        var key: String
        var phone: String
        var body: String
    }

    public func send(_ message: SMSMessage) async throws(SMSSendError) -> String {
        guard var data = try? JSONEncoder().encode(Line(key: message.idempotencyKey, phone: message.phone.value, body: message.body)) else {
            throw .badAnswer
        }
        data.append(0x0A)
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil) else { throw .unreachable("cannot create \(url.path)") }
        }
        do {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
        } catch {
            throw .unreachable(String(describing: error))
        }
        return "file:\(message.id)"
    }
}
