import ArgumentParser
import HubServer
import SyncProtocol

/// `kiosk-hub review list|accept|refuse`: the county officer's decisions on pending acts.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "List pending death reports, cancellations and transfers-in; accept or refuse one.",
        subcommands: [List.self, Accept.self, Refuse.self])

    /// `kiosk-hub review list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the acts waiting for a decision.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let acts = try await storage.open().pendingActs()
            print(["entry", "act", "receipt", "recorded", "received"].joined(separator: "\t"))
            for act in acts {
                print([act.key.description, act.act.rawValue, act.receiptNumber, act.createdAt, act.receivedAt]
                    .joined(separator: "\t"))
            }
            print("\(acts.count) pending")
        }
    }

    /// `kiosk-hub review accept KIOSK/UUID --officer NAME`.
    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept a pending act.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The entry, as `review list` shows it (KIOSK/UUID).") var entry: String
        @Option(help: "The deciding officer's name.") var officer: String
        @Option(help: "A note for the kiosk.") var reason: String?

        func run() async throws {
            try await ReviewCommand.decide(entry, .accepted, reason: reason, officer: officer, storage: storage)
        }
    }

    /// `kiosk-hub review refuse KIOSK/UUID --officer NAME --reason TEXT`.
    struct Refuse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refuse a pending act, with the reason the kiosk shows.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The entry, as `review list` shows it (KIOSK/UUID).") var entry: String
        @Option(help: "The deciding officer's name.") var officer: String
        @Option(help: "Why it is refused.") var reason: String

        func run() async throws {
            try await ReviewCommand.decide(entry, .refused, reason: reason, officer: officer, storage: storage)
        }
    }

    static func decide(_ entry: String, _ verdict: ReviewVerdict, reason: String?, officer: String,
                       storage: StorageOptions) async throws {
        guard let key = EntryKey(text: entry) else { throw ValidationError("an entry is KIOSK/UUID, as `review list` shows") }
        do {
            let decision = try await storage.open().decide(key, verdict: verdict, reason: reason, officer: officer,
                                                           at: KioskHubCommand.machineClock.now())
            print("\(key) \(decision.verdict.rawValue) (decision \(decision.sequence)); the kiosk receives it at its next sync")
        } catch let error as HubStorageError {
            throw HubCommandFailure(error.description)
        }
    }
}
