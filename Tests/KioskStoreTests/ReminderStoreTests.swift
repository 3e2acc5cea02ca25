import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore
import TextCodecs

struct ReminderStoreTests {
    typealias F = StoreFixtures
    typealias V = FixtureVillage
    let coordinator = Actor.coordinator(id: "XG-450124-017", name: "韦丽萍")

    /// Five rows: two good, one bad ID (line 3), one bad amount (line 5), one short row (line 6), then a good one
    /// whose name holds a quoted comma (line 7).
    var nonPayerCSV: String {
        "\u{FEFF}id_number,name,year,amount_due_yuan,phone\r\n"
            + "\(V.id("a").value),村民a,2026,200.00,13907710000\r\n"
            + "450124198001010000,错号,2026,200,\r\n"
            + "\(V.id("b").value),村民b,2026,300,\r\n"
            + "\(V.id("c").value),村民c,2026,abc,\r\n"
            + "\(V.id("d").value),村民d,2026\r\n"
            + "\(V.id("o").value),\"韦,老五\",2026,100.5,\r\n"
    }

    func seeded() throws -> KioskStore {
        let store = try KioskStore.inMemory(villageCode: F.village)
        try V.seed(store)
        let report = try store.importNonPayers(csv: nonPayerCSV, actor: coordinator, at: F.instant("2026-06-01"))
        #expect(report.imported == 3)
        #expect(report.problems.map(\.line) == [3, 5, 6])
        return store
    }

    @Test func importReportsBadRowsByLineAndImportsTheRest() throws {
        let store = try seeded()
        let listed = try store.unpaidNonPayers(on: F.day("2026-06-01"))
        #expect(listed.map(\.name) == ["村民a", "村民b", "韦,老五"])
        #expect(listed.first { $0.name == "韦,老五" }?.amountDue == Money(fen: 10_050))
    }

    @Test func someoneIsRemindedOnceAMonthAndTheIndexBacksTheRule() throws {
        let store = try seeded()
        let first = ContributionReminder(personID: V.id("a"), remindedOn: F.day("2026-06-03"), channel: .phone,
                                         coordinatorID: "XG-450124-017")
        try store.recordReminder(first, actor: coordinator, at: F.instant("2026-06-03"))
        var again = first
        again.remindedOn = F.day("2026-06-28")
        again.channel = .visit
        #expect(throws: CoordinatorStoreError.reminderRefused(ReminderRefusalCode(
            messageKey: "reminder.refusal.alreadyReminded", parameters: ["date": "2026-06-03"]))) {
            try store.recordReminder(again, actor: coordinator, at: F.instant("2026-06-28"))
        }
        #expect(throws: (any Error).self) {
            try store.database.write { db in
                try db.execute(sql: """
                    INSERT INTO reminders (person_id, month, reminded_on, channel, coordinator_id, note)
                    VALUES (?, '2026-06', '2026-06-29', 'sms', 'x', '')
                    """, arguments: [V.id("a").value])
            }
        }
        again.remindedOn = F.day("2026-07-01")
        try store.recordReminder(again, actor: coordinator, at: F.instant("2026-07-01"))
        #expect(try store.auditEntries(for: V.id("a")).map(\.action) == ["contributionReminder", "contributionReminder"])
    }

    @Test func whoStillNeedsAReminderLeavesOutTheRemindedThePaidAndTheUnlisted() throws {
        let store = try seeded()
        try store.recordReminder(ContributionReminder(personID: V.id("a"), remindedOn: F.day("2026-06-03"), channel: .sms,
                                                      coordinatorID: "XG-450124-017"), actor: coordinator,
                                 at: F.instant("2026-06-03"))
        // b pays for 2026 after the list was drawn up.
        try store.database.write { db in
            var row = ContributionRecord(Contribution(personID: V.id("b"), year: 2026, tierYuan: 300, personal: .yuan(300),
                                                      subsidy: .yuan(45), kind: .regular, channel: .taxOffice,
                                                      paidOn: F.day("2026-06-05")), receiptNumber: nil)
            try row.insert(db)
        }
        #expect(try store.remindersDue(on: F.day("2026-06-10")).map(\.nonPayer.idNumber) == [V.id("o")])
        #expect(try store.remindersDue(on: F.day("2026-07-01")).map(\.nonPayer.idNumber) == [V.id("a"), V.id("o")])
        #expect(throws: CoordinatorStoreError.reminderRefused(ReminderRefusalCode(
            messageKey: "reminder.refusal.notOnList", parameters: [:]))) {
            try store.recordReminder(ContributionReminder(personID: V.id("b"), remindedOn: F.day("2026-06-10"),
                                                          channel: .phone, coordinatorID: "XG-450124-017"),
                                     actor: coordinator, at: F.instant("2026-06-10"))
        }
        let report = try store.reminderReport(for: CalendarMonth(iso: "2026-06")!)
        #expect(report.reminders.map(\.name) == ["村民a"] && report.reminders[0].reminder.channel == .sms)
        #expect(report.notReminded.map(\.idNumber) == [V.id("o")])
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefusedWhole() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        #expect(throws: CSVImportError.missingColumns(["amount_due_yuan"])) {
            try store.importNonPayers(csv: "id_number,name,year\n", actor: coordinator, at: F.instant("2026-06-01"))
        }
        #expect(throws: CSVImportError.unterminatedQuote(line: 2)) {
            try store.importNonPayers(csv: "id_number,name,year,amount_due_yuan\n1,\"open,2026,1\n",
                                      actor: coordinator, at: F.instant("2026-06-01"))
        }
    }
}

struct CoordinatorCSVTests {
    typealias F = StoreFixtures

    @Test func theWriterStartsWithABOMEndsLinesWithCRLFAndQuotesPerRFC4180() {
        let data = CSVWriter.data(header: ["name", "note"], rows: [["韦秀英", "says \"hi\", twice"], ["a\nb", "plain"]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == "name,note\r\n韦秀英,\"says \"\"hi\"\", twice\"\r\n\"a\nb\",plain\r\n")
    }

    @Test func theReaderUndoesTheWriterAndNumbersLines() throws {
        let rows = [["id", "text"], ["1", "with, comma"], ["2", "with \"quotes\""], ["3", "two\nlines"], ["4", ""]]
        let text = String(decoding: CSVWriter.data(header: rows[0], rows: Array(rows.dropFirst())), as: UTF8.self)
        let records = try CSVText.records(text)
        #expect(records.map(\.fields) == rows)
        // The record after the two-line field starts on line 6.
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test func rosterImportAddsUpdatesAndReportsBadRows() throws {
        let store = try KioskStore.inMemory(villageCode: F.village)
        let known = F.person(1)
        try store.record(.registration(known), actor: .selfService, at: F.instant("2026-06-01"))
        let new = F.person(2, born: "1950-02-02")
        let csv = """
            id_number,name,phone,address,needs_home_visit
            \(known.id.value),覃一,13907711111,那料屯1号,
            \(new.id.value),覃二,,那料屯2号,1
            \(new.id.value),覃二,,那料屯2号,1
            123,坏号,,,
            \(F.person(3).id.value),覃三,12345,,
            \(F.person(4).id.value),覃四,,,yes
            """
        let report = try store.importRoster(csv: csv, actor: .system, at: F.instant("2026-06-02"))
        #expect(report.imported == 2 && report.problems.map(\.line) == [4, 5, 6, 7])
        #expect(try store.person(known.id)?.name == "覃一" && store.person(known.id)?.phone?.value == "13907711111")
        #expect(try store.person(new.id)?.address == "那料屯2号" && store.account(new.id).status == .notEnrolled)
        #expect(try store.rosterEntries(villageCode: F.village).first { $0.person.id == new.id }?.needsHomeVisit == true)
        #expect(try store.peopleCount() == 2)
    }
}
