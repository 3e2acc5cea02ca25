import ArgumentParser
import Foundation
import KioskServices
import KioskStore
import KioskSync

/// `kiosk sync now|status`: send the outbox to the county hub now, or show how the sync stands.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Send waiting records to the county hub, or show the sync's state.",
        subcommands: [Now.self, Status.self, Export.self])

    /// Where to sync from and to: a configuration file, or each part on the command line.
    struct Target: ParsableArguments {
        @Option(help: "The kiosk's configuration file (its database and \"hub\").") var config: String?
        @Option(help: "The kiosk's database file.") var db: String?
        @Option(help: "The hub's base URL.") var hub: String?
        @Option(name: .customLong("kiosk-id"), help: "This kiosk's ID at the hub.") var kioskID: String?
        @Option(name: .customLong("key-file"), help: "The file holding this kiosk's key.") var keyFile: String?

        func resolve() throws -> SyncTarget {
            try SyncTarget.resolve(configPath: config, database: db, hubURL: hub, kioskID: kioskID, keyFile: keyFile)
        }
    }

    /// `kiosk sync now`: one sync, with a progress line for a large backlog.
    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "now", abstract: "Send every waiting record now and fetch the county's decisions.")
        @OptionGroup var target: Target

        func run() async throws {
            let target = try target.resolve()
            let store = try KioskStore.open(path: target.database)
            let clock = KioskCommand.machineClock(in: store.timeZone)
            let (sender, client) = try target.sender(store: store, clock: clock, policies: StoreOpening.policies())
            defer { Task { await client.shutdown() } }
            do {
                let report = try await sender.syncOnce { progress in
                    if progress.waitingAtStart > 200 {
                        print("sent \(progress.acknowledged) of \(progress.waitingAtStart)")
                    }
                }
                await client.shutdown()
                print("\(report.stored) stored at the hub, \(report.alreadyHeld) it already held, "
                      + "\(report.decisionsApplied) county decisions applied, "
                      + "\(report.referenceSetsApplied) reference sets updated")
                if let finding = report.auditFinding { print("the hub reports: \(finding)") }
                for row in report.skippedReferenceRows { print("not applied: \(row)") }
            } catch {
                await client.shutdown()
                print("sync failed: \(error.description)")
                throw ExitCode(1)
            }
        }
    }

    /// `kiosk sync status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Entries waiting, the last successful sync, the last error.")
        @Option(help: "The kiosk's configuration file.") var config: String?
        @Option(help: "The kiosk's database file.") var db: String?

        func run() async throws {
            guard let path = try db ?? config.map({ try SyncTarget.resolve(configPath: $0, database: nil, hubURL: "-",
                                                                            kioskID: "-", keyFile: "-").database }) else {
                throw ValidationError("give --db or --config")
            }
            let store = try KioskStore.open(path: path)
            let status = try store.outbox.syncStatus()
            print("waiting: \(status.waiting)")
            print("delivered and kept: \(status.delivered)")
            print("last successful sync: \(status.lastSuccessAt.map { Timestamp.text($0) } ?? "never")")
            print("last error: \(status.lastError.map { "\($0) (\(status.lastErrorAt.map { Timestamp.text($0) } ?? ""))" } ?? "none")")
            print("audit head acknowledged by the hub: \(status.anchorSequence.map(String.init) ?? "none")")
            print("last county decision applied: \(status.lastDecisionSequence)")
            let held = try store.referenceVersions()
            print("county reference data: \(held.isEmpty ? "none yet" : "")")
            for set in held {
                print("  \(set.kind) version \(set.version), published \(set.publishedAt), \(set.rowsApplied) rows taken")
            }
        }
    }

    /// `kiosk sync export --to FILE`: the offline fallback, for a USB stick.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every waiting record to a signed, compressed file for the hub's `kiosk-hub import`.")
        @OptionGroup var target: Target
        @Option(help: "The file to write.") var to: String

        func run() async throws {
            let target = try target.resolve()
            let store = try KioskStore.open(path: target.database)
            let endpoint = try HubEndpoint(baseURL: target.hub.url, kioskID: target.hub.kioskID,
                                           keyFile: target.hub.keyFile)
            let (sender, client) = try target.sender(store: store, clock: KioskCommand.machineClock(in: store.timeZone),
                                                policies: StoreOpening.policies())
            let parcel = try sender.exportParcel(key: endpoint.key)
            await client.shutdown()
            do {
                try parcel.file.write(to: URL(fileURLWithPath: to), options: .atomic)
            } catch {
                print("cannot write \(to): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            print("\(parcel.entries) records written to \(to); they stay waiting here until the hub acknowledges them")
        }
    }
}
