import Foundation
import GRDB
import Testing
import KioskAssets
import KioskDomain
@testable import KioskStore

/// The store's errors as messages: every case fills its text in both languages, and the database's own words
/// (GRDB, SQLite) never reach a screen; they stay in the error for the technicians.
struct StoreMessageTests {
    typealias F = StoreFixtures

    static let tables: [String: [String: String]] = {
        var tables: [String: [String: String]] = [:]
        for language in ["zh-Hans", "en"] {
            tables[language] = try! JSONDecoder().decode([String: String].self,
                                                         from: KioskAssets.data("strings/\(language).json"))
        }
        return tables
    }()

    /// A key without text, or a placeholder nothing fills, per language, nested messages included.
    static func problems(_ message: UserMessage) -> [String] {
        var found: [String] = []
        for (language, table) in tables.sorted(by: { $0.key < $1.key }) {
            guard let text = table[message.key] else { found.append("\(language): no text for \(message.key)"); continue }
            let missing = Set(UserMessage.placeholders(in: text)).subtracting(message.suppliedNames)
            if !missing.isEmpty { found.append("\(language) \(message.key): nothing fills \(missing.sorted())") }
        }
        return found + message.nested.values.flatMap { problems($0) }
    }

    /// Every plain value a message shows, nested ones included.
    static func shownValues(_ message: UserMessage) -> [String] {
        Array(message.parameters.values) + message.nested.values.flatMap { shownValues($0) }
    }

    @Test func everyStoreErrorFillsItsTextAndShowsNoDatabaseText() {
        let raw = "SQLite error 19: UNIQUE constraint failed: contributions.person_id, contributions.year"
        let samples: [StoreError] = [
            .cannotOpen(path: "/var/lib/kiosk/kiosk.sqlite", reason: raw), .writeFailed(reason: raw),
            .unknownPerson("4501**********2823"), .corruptRow(table: "people", key: F.person(7).id.value),
            .invalidDemoData(file: "people.csv", line: 4, reason: "birth_date is not a date"),
            .noVillageRecorded(path: "/var/lib/kiosk/kiosk.sqlite"),
            .servesAnotherVillage(path: "/var/lib/kiosk/kiosk.sqlite", recorded: "450124100210", requested: "450124100299"),
            .noPendingApplication(receipt: "450124100210-20261130-0001"),
            .proxyRefused([.outOfScope(.transfer)]),
        ]
        func name(_ e: StoreError) -> Int {
            switch e {
            case .cannotOpen: 0
            case .writeFailed: 1
            case .unknownPerson: 2
            case .corruptRow: 3
            case .invalidDemoData: 4
            case .noVillageRecorded: 5
            case .servesAnotherVillage: 6
            case .noPendingApplication: 7
            case .proxyRefused: 8
            }
        }
        #expect(Set(samples.map(name)).count == 9, "one sample of every case")
        for sample in samples {
            #expect(Self.problems(sample.userMessage).isEmpty, "\(sample): \(Self.problems(sample.userMessage))")
            #expect(!Self.shownValues(sample.userMessage).contains { $0.contains("SQLite") }, "\(sample)")
        }
        #expect(StoreError.writeFailed(reason: raw).parameters["reason"] == raw, "the detail stays in the error")
        #expect(StoreError.corruptRow(table: "people", key: F.person(7).id.value).userMessage.parameters["key"]
                == F.person(7).id.masked)
    }

    @Test func everyCoordinatorStoreErrorFillsItsText() {
        let day = F.day("2026-06-15")
        let samples: [CoordinatorStoreError] = [
            .duplicateCoordinator("XG-450124-017"), .unknownCoordinator("XG-450124-099"), .unknownPerson("4501**********2823"),
            .unknownAuthorisation(7),
            .reminderRefused(ReminderRefusalCode(messageKey: ReminderRefusal.alreadyRemindedThisMonth(on: day).messageKey,
                                                 parameters: ReminderRefusal.alreadyRemindedThisMonth(on: day).parameters)),
            .deathRefused(.alreadyRecorded(diedOn: day)), .certificationRefused([.notReceivingPension]),
            .writeFailed(reason: "SQLite error 5: database is locked"),
        ]
        func name(_ e: CoordinatorStoreError) -> Int {
            switch e {
            case .duplicateCoordinator: 0
            case .unknownCoordinator: 1
            case .unknownPerson: 2
            case .unknownAuthorisation: 3
            case .reminderRefused: 4
            case .deathRefused: 5
            case .certificationRefused: 6
            case .writeFailed: 7
            }
        }
        #expect(Set(samples.map(name)).count == 8, "one sample of every case")
        for sample in samples {
            #expect(Self.problems(sample.userMessage).isEmpty, "\(sample): \(Self.problems(sample.userMessage))")
            #expect(!Self.shownValues(sample.userMessage).contains { $0.contains("SQLite") }, "\(sample)")
        }
        #expect(CoordinatorStoreError.deathRefused(.alreadyRecorded(diedOn: day)).userMessage.parameters["date"] == "2026-06-15")
    }

    @Test func everyRegistrationAndImportErrorFillsItsText() {
        let registration: [IDCardRegistrationError] = [.unknownPerson, .registeredToSomeoneElse, .writeFailed]
        func registrationName(_ e: IDCardRegistrationError) -> Int {
            switch e { case .unknownPerson: 0; case .registeredToSomeoneElse: 1; case .writeFailed: 2 }
        }
        let imports: [CSVImportError] = [.empty, .missingColumns(["id_number", "name"]), .unterminatedQuote(line: 3)]
        func importName(_ e: CSVImportError) -> Int {
            switch e { case .empty: 0; case .missingColumns: 1; case .unterminatedQuote: 2 }
        }
        #expect(Set(registration.map(registrationName)).count == 3 && Set(imports.map(importName)).count == 3)
        for message in registration.map(\.userMessage) + imports.map(\.userMessage) {
            #expect(Self.problems(message).isEmpty, "\(message): \(Self.problems(message))")
        }
    }

    @Test func aRealDatabaseFailureGivesTheGenericReasonAndKeepsTheDetailInTheError() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let person = F.person(1)
        try store.record(.enrolment(F.enrolment(person, on: "2025-03-14")), actor: .selfService, at: F.instant("2025-03-14"))
        let payment = F.contribution(person, account: try store.account(person.id), on: "2025-03-14")
        try store.record(.contribution(payment), actor: .selfService, at: F.instant("2025-03-14"))
        var caught: StoreError?
        do {
            try store.record(.contribution(payment), actor: .selfService, at: F.instant("2025-03-14"))
        } catch {
            caught = error
        }
        let error = try #require(caught)
        guard case .writeFailed(let reason) = error else { Issue.record("a write failure expected, got \(error)"); return }
        #expect(reason.contains("UNIQUE"), "the database's text stays in the error: \(reason)")
        #expect(error.userMessage == UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure]))
        #expect(Self.problems(error.userMessage).isEmpty)
        #expect(StoreError.writeFailureMessage(for: error) == error.userMessage)
    }

    @Test func anErrorTheStoreDidNotNameGetsTheGenericReason() {
        let grdb = DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        let message = StoreError.writeFailureMessage(for: grdb)
        #expect(message == UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure]))
        #expect(!Self.shownValues(message).contains { $0.contains("disk is full") })
        #expect(StoreError.readFailureMessage(for: grdb) == UserMessage("villager.error.storeUnavailable"))
        #expect(StoreError.writeFailureMessage(for: CoordinatorStoreError.unknownPerson("4501**********2823"))
                == UserMessage("store.error.unknownPerson", ["id": "4501**********2823"]))
    }
}
