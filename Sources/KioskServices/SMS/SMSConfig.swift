import Foundation
import KioskDomain
import KioskStore
import KioskSync

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

    /// The sender this configuration names; a file sender without a path writes beside `database`.
    func makeSender(database: String, configPath: String) throws(StartupError) -> any SMSSender {
        switch sender {
        case "file":
            return FileSMSSender(url: URL(fileURLWithPath: path ?? Self.defaultFile(beside: database)))
        case "http":
            guard let url, let address = URL(string: url), address.scheme == "http" || address.scheme == "https" else {
                throw .invalidConfig(path: configPath, reason: "sms: \"url\" must be an http or https URL for the http sender")
            }
            return HTTPSMSGatewaySender(url: address, token: token)
        default:
            throw .invalidConfig(path: configPath, reason: "sms: \"sender\" must be \"file\" or \"http\", not \"\(sender)\"")
        }
    }

    /// The back-off the background sender keeps: 5 s after a failure doubling to 10 minutes (assumed), the interval
    /// while all goes well.
    var backoff: BackgroundSMSSender.Backoff {
        BackgroundSMSSender.Backoff(initial: 5, maximum: 600, interval: intervalSeconds ?? 30)
    }

    /// The background sender draining `store`'s SMS outbox through this configuration's sender, reporting failures to
    /// `log`; a configuration problem stops the start.
    func backgroundSender(store: KioskStore, clock: KioskClock, log: KioskLog, database: String,
                          configPath: String) throws(StartupError) -> BackgroundSMSSender {
        let dispatcher = SMSDispatcher(outbox: store.smsOutbox, sender: try makeSender(database: database, configPath: configPath),
                                       clock: clock)
        return BackgroundSMSSender(dispatcher: dispatcher, backoff: backoff) { outcome in
            switch outcome {
            case .success(let summary) where summary.failed > 0:
                log.write("sms: \(summary.sent) sent, a message was not accepted; the rest wait and are retried")
            case .success:
                break
            case .failure(let error):
                log.write("sms: the outbox could not be read or marked, will retry: \(error)")
            }
        }
    }
}
