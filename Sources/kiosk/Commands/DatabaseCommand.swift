import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskStore

/// `kiosk db`: create, migrate, seed and back up the kiosk's database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, migrate, seed and back up the kiosk database.",
        subcommands: [Migrate.self, Seed.self, Backup.self]
    )

    /// Options shared by the database subcommands.
    struct Location: ParsableArguments {
        @Option(name: .long, help: "Path of the SQLite database file.")
        var db: String

        @Option(name: .long, help: "12-digit code of the village the database serves (recorded in a new file; checked against an existing one).")
        var village: String?

        func validate() throws {
            if let village, !ServedVillage.isVillageCode(village) {
                throw ValidationError("--village must be a 12-digit village code, got \(village)")
            }
        }

        /// The database, serving the village it records (or `--village`).
        func open() throws -> KioskStore {
            try KioskStore.open(path: db, villageCode: village)
        }

        /// The machine's clock in the database's zone.
        func clock(_ store: KioskStore) -> KioskClock {
            KioskCommand.machineClock(in: store.timeZone)
        }
    }

    /// `kiosk db migrate --db PATH [--village CODE]`.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create the file if needed and apply pending migrations.")
        @OptionGroup var location: Location

        func run() throws {
            let store = try location.open()
            for name in try store.appliedMigrations() { print("applied: \(name)") }
        }
    }

    /// `kiosk db seed --db PATH [--today YYYY-MM-DD]`.
    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "seed", abstract: "Load the demo village, drawn up for today, into an empty database.")
        @Option(name: .long, help: "Path of the SQLite database file.")
        var db: String
        @Option(name: .long, help: "The day the village is drawn up for (YYYY-MM-DD; default: today).")
        var today: String?

        func run() throws {
            let folder = KioskAssets.url("demo/village")
            let village = try DemoVillage.description(from: folder)
            let store = try KioskStore.open(path: db, villageCode: village.villageCode)
            let clock = KioskCommand.machineClock(in: store.timeZone)
            var instant = clock.now()
            if let today {
                guard let day = CivilDate(iso: today) else { throw ValidationError("--today must be YYYY-MM-DD, got \(today)") }
                instant = clock.instant(on: day, hour: 9)
            }
            let result = try DemoVillage.seed(into: store, from: folder, at: instant)
            if result.skipped {
                print("skipped: the database already holds people")
            } else {
                print("seeded: \(result.people) people, \(result.contributions) contributions")
            }
        }
    }

    /// `kiosk db backup --db PATH (--to FILE | --into FOLDER [--keep N])`: an online, checked copy.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the database while the kiosk runs, check the copy, and (with --into) keep the newest N.")
        @OptionGroup var location: Location
        @Option(name: .long, help: "The new file to write (never overwritten).")
        var to: String?
        @Option(name: .long, help: "A folder for dated backups (kiosk-YYYYMMDD-HHMMSS.sqlite), as the nightly timer uses.")
        var into: String?
        @Option(name: .long, help: "With --into: how many dated backups to keep (older ones are removed).")
        var keep: Int = 14

        func validate() throws {
            guard (to == nil) != (into == nil) else { throw ValidationError("give exactly one of --to FILE or --into FOLDER") }
            guard keep >= 1 else { throw ValidationError("--keep must be at least 1") }
        }

        func run() throws {
            let store = try location.open()
            let path: String
            if let to {
                path = to
            } else {
                let folder = into!
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                let name = StoreBackup.fileName(at: location.clock(store).now(), timeZone: store.timeZone)
                path = (folder as NSString).appendingPathComponent(name)
            }
            let backup: StoreBackup
            do {
                backup = try store.backup(to: path)
            } catch {
                FileHandle.standardError.write(Data("kiosk: \(error.description)\n".utf8))
                throw ExitCode(1)
            }
            print("backup written: \(backup.path), \(backup.bytes) bytes, audit chain intact: \(backup.auditEntries) entries")
            guard let into else { return }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: into)) ?? []
            for old in StoreBackup.surplus(in: names, keep: keep) {
                try FileManager.default.removeItem(atPath: (into as NSString).appendingPathComponent(old))
                print("removed old backup: \(old)")
            }
        }
    }
}
