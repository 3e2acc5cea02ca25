import ArgumentParser
import Foundation
import KioskServices
import KioskStore

/// `kiosk sms send --db PATH [--gateway URL [--token TOKEN] | --file PATH]`: hands the SMS outbox's pending messages to
/// a sender (a file of JSON lines by default, an HTTP SMS gateway when given) and prints what it did; `kiosk sms list`
/// shows each message's delivery state.
struct SMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "Send the SMS outbox's pending messages, or list them with their delivery state.",
        subcommands: [Send.self, List.self])

    /// `kiosk sms send`.
    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "send",
            abstract: "Send pending messages once each; a failure stops the run and leaves the rest pending.")
        @OptionGroup var location: DatabaseCommand.Location
        @Option(name: .long, help: "The SMS gateway's URL (POST JSON with an Idempotency-Key header).")
        var gateway: String?
        @Option(name: .long, help: "Bearer token for the gateway.")
        var token: String?
        @Option(name: .long, help: "File the messages are appended to when no gateway is given (default: sms-outbox.jsonl beside the database).")
        var file: String?

        func run() async throws {
            let store = try location.open()
            let sender: any SMSSender
            if let gateway {
                guard let url = URL(string: gateway), url.scheme == "http" || url.scheme == "https" else {
                    throw ValidationError("--gateway must be an http or https URL, got \(gateway)")
                }
                sender = HTTPSMSGatewaySender(url: url, token: token)
            } else {
                let path = file ?? URL(fileURLWithPath: location.db).deletingLastPathComponent().appendingPathComponent("sms-outbox.jsonl").path
                sender = FileSMSSender(url: URL(fileURLWithPath: path))
            }
            let summary = try await SMSDispatcher(outbox: store.smsOutbox, sender: sender, clock: location.clock(store)).sendPending()
            print("sent \(summary.sent), failed \(summary.failed), pending \(try store.smsOutbox.pending().count)")
            if summary.stoppedEarly { throw ExitCode(2) }
        }
    }

    /// `kiosk sms list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every message with its state, attempts and last failure.")
        @OptionGroup var location: DatabaseCommand.Location

        func run() throws {
            for m in try location.open().smsOutbox.all() {
                print([String(m.id), m.idempotencyKey, m.phone.masked, m.state.rawValue, String(m.attempts), m.gatewayID ?? "",
                       m.lastFailure ?? ""].joined(separator: "\t"))
            }
        }
    }
}
