import ArgumentParser
import Foundation
import KioskAssets
import KioskDomain
import KioskStore

/// `kiosk db`: create, migrate and seed the kiosk's database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, migrate and seed the kiosk database.",
        subcommands: [Migrate.self, Seed.self, StressWrite.self]
    )

    /// Options shared by the database subcommands.
    struct Location: ParsableArguments {
        @Option(name: .long, help: "Path of the SQLite database file.")
        var db: String

        @Option(name: .long, help: "12-digit code of the village the kiosk serves (default: the demo village).")
        var village: String?

        func open() throws -> KioskStore {
            let code = try village ?? DemoVillage.description(from: KioskAssets.url("demo/village")).villageCode
            return try KioskStore.open(path: db, villageCode: code)
        }
    }

    /// `kiosk db migrate --db PATH`.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the file if needed and apply pending migrations.")
        @OptionGroup var location: Location

        func run() throws {
            let store = try location.open()
            for name in try store.appliedMigrations() { print("applied: \(name)") }
        }
    }

    /// `kiosk db seed --db PATH`.
    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Load the demo village into an empty database.")
        @OptionGroup var location: Location

        func run() throws {
            let store = try location.open()
            let result = try DemoVillage.seed(into: store, from: KioskAssets.url("demo/village"), at: Date())
            if result.skipped {
                print("skipped: the database already holds people")
            } else {
                print("seeded: \(result.people) people, \(result.contributions) contributions")
            }
        }
    }

    /// Hidden: records enrolment and contribution events one by one until the file holds `count` receipts,
    /// printing each receipt number after its commit. The crash-safety test kills it at random points.
    struct StressWrite: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stress-write", shouldDisplay: false)
        @OptionGroup var location: Location
        @Option(name: .long) var count = 200

        func run() throws {
            let store = try location.open()
            let book = try PolicyBook(folder: KioskAssets.url("policy"))
            let county = String(store.villageCode.prefix(6))
            let base = Date(timeIntervalSince1970: 1_748_829_600) // 2025-06-02 10:00 in China
            var done = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipts") ?? 0 }
            while done < count {
                let instant = base.addingTimeInterval(Double(done))
                let today = CivilDate(instant, in: store.timeZone)
                let policy = try book.table(region: county, on: today)
                let person = StressWrite.person(done / 2, village: store.villageCode)
                let event: BusinessEvent
                if done % 2 == 0 {
                    let outcome = EnrolmentDecision.decide(
                        person: person, account: .notEnrolled(person.id), history: ServiceHistory(), policy: policy,
                        request: EnrolmentRequest(tierYuan: 200), serviceCounty: county, today: today)
                    event = .enrolment(try outcome.decision.orThrow(outcome.refusals))
                } else {
                    let outcome = ContributionDecision.decide(
                        person: person, account: try store.account(person.id), history: try store.history(person.id),
                        policy: policy, request: ContributionRequest(tierYuan: 200, channel: .bankWithholding), today: today)
                    event = .contribution(try outcome.decision.orThrow(outcome.refusals))
                }
                let receipt = try store.record(event, actor: .selfService, at: instant)
                FileHandle.standardOutput.write(Data("recorded \(receipt.number)\n".utf8))
                done += 1
            }
        }

        static func person(_ index: Int, village: String) -> Person {
            let born = CivilDate(year: 1970, month: 1, day: 1)!.adding(days: index * 37)
            let first17 = String(village.prefix(6)) + born.compact + String(format: "%03d", index % 1000)
            let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
            return Person(id: id, name: "测试\(index)", villageCode: village)
        }
    }
}

extension Optional {
    /// The value, or the refusals as an error.
    func orThrow(_ refusals: [ServiceRefusal]) throws -> Wrapped {
        guard let value = self else { throw ValidationError(refusals.map(\.messageKey).joined(separator: ", ")) }
        return value
    }
}
