import Foundation

/// The `sms` part of a kiosk's configuration: which sender the background SMS sender hands messages to.
///
/// `{"sender": "file", "path": "/var/lib/village-kiosk/sms-outbox.jsonl"}` (the default, the path beside the database
/// when left out) or `{"sender": "http", "url": "https://sms.example/send", "token": "..."}`; `intervalSeconds` is how
/// often the outbox is looked at while all goes well (30 when left out).
public struct SMSConfig: Codable, Equatable, Sendable {
    /// `file` or `http`.
    public var sender: String
    /// The file a file sender appends to.
    public var path: String?
    /// The gateway's URL for an HTTP sender.
    public var url: String?
    /// Sent as a bearer token to the gateway, when set.
    public var token: String?
    /// Seconds between looks at the outbox while sending works.
    public var intervalSeconds: Double?

    /// A configuration from its parts.
    public init(sender: String, path: String? = nil, url: String? = nil, token: String? = nil, intervalSeconds: Double? = nil) {
        self.sender = sender
        self.path = path
        self.url = url
        self.token = token
        self.intervalSeconds = intervalSeconds
    }

    /// The default: a file sender writing `sms-outbox.jsonl` beside the database (as `kiosk sms send` does).
    public static func fileBeside(database: String) -> SMSConfig {
        SMSConfig(sender: "file", path: defaultFile(beside: database))
    }

    /// `sms-outbox.jsonl` in the database's folder.
    public static func defaultFile(beside database: String) -> String {
        URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("sms-outbox.jsonl").path
    }

    /// Why this part cannot make a sender, or nil: an interval below a second, a sender other than `file` or `http`, or
    /// an http sender without an http or https URL.
    var problem: String? {
        if let intervalSeconds, !(intervalSeconds.isFinite && intervalSeconds >= 1) {
            return "\"intervalSeconds\" must be a number of seconds, at least 1"
        }
        switch sender {
        case "file": return nil
        case "http": return gatewayURL == nil ? "\"url\" must be an http or https URL for the http sender" : nil
        default: return "\"sender\" must be \"file\" or \"http\", not \"\(sender)\""
        }
    }

    /// The gateway's address of an http sender with a usable URL; nil otherwise.
    var gatewayURL: URL? {
        guard sender == "http", let url, let address = URL(string: url),
              address.scheme == "http" || address.scheme == "https" else { return nil }
        return address
    }
}
