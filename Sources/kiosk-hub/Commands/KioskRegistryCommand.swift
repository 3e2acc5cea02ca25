import ArgumentParser
import HubServer
import SyncProtocol

/// `kiosk-hub kiosk add|list|revoke`: the kiosks allowed to sync and their keys.
struct KioskRegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "Register kiosks, list them, revoke a key.",
        subcommands: [Add.self, List.self, Revoke.self])

    /// `kiosk-hub kiosk add ID`: prints the new kiosk's key once; the hub keeps only a one-way derived key.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a kiosk and print its key once (put it in the kiosk's key file).")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The kiosk's ID (letters, digits, - _ .).") var id: String

        func run() async throws {
            guard KioskID.isValid(id) else { throw ValidationError("a kiosk ID is 1-64 letters, digits, - _ or .") }
            let key = KioskKey.generate()
            do {
                try await storage.open().addKiosk(id, signingKey: key.signingKey, at: KioskHubCommand.machineClock.now())
            } catch let error as HubStorageError {
                throw HubCommandFailure(error.description)
            }
            print(key.text)
        }
    }

    /// `kiosk-hub kiosk list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List registered kiosks and their last sync.")
        @OptionGroup var storage: StorageOptions

        func run() async throws {
            let kiosks = try await storage.open().kiosks()
            print(["kiosk", "added", "last sync", "revoked"].joined(separator: "\t"))
            for kiosk in kiosks {
                print([kiosk.id, kiosk.addedAt, kiosk.lastSyncAt ?? "never", kiosk.revokedAt ?? "-"].joined(separator: "\t"))
            }
        }
    }

    /// `kiosk-hub kiosk revoke ID`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a kiosk's key: its requests are refused.")
        @OptionGroup var storage: StorageOptions
        @Argument var id: String

        func run() async throws {
            guard try await storage.open().revokeKiosk(id, at: KioskHubCommand.machineClock.now()) else {
                throw HubCommandFailure("no kiosk \(id) is registered")
            }
            print("kiosk \(id) revoked")
        }
    }
}
