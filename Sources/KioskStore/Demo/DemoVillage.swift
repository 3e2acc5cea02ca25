import Foundation
import GRDB
import KioskDomain

/// What seeding the demo village did.
public struct DemoSeedResult: Hashable, Sendable {
    public var people: Int
    public var contributions: Int
    /// True when the store already held people and nothing was written.
    public var skipped: Bool
}

/// The demo village in `Assets/demo/village/` (`village.json`, `people.csv`, `contributions.csv`): about
/// 300 fictional villagers of a Guangxi village with every account status the services meet.
public enum DemoVillage {
    /// The village description in `village.json`.
    public struct Description: Codable, Hashable, Sendable {
        public var villageCode: String
        public var villageName: String
        public var township: String
        public var county: String
        public var countyCode: String
        /// The day the data was drawn up for (statuses such as "certification due" refer to it); seeding
        /// moves every date by the days between it and the day seeded for (`DemoDayShift`).
        public var referenceDate: CivilDate
        public var coordinator: Coordinator
    }

    /// The village's coordinator (协管员).
    public struct Coordinator: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
    }

    /// Reads `village.json` from the demo folder (`KioskAssets.url("demo/village")`).
    public static func description(from folder: URL) throws(StoreError) -> Description {
        let url = folder.appendingPathComponent("village.json")
        guard let data = try? Data(contentsOf: url),
              let value = try? JSONDecoder().decode(Description.self, from: data) else {
            throw .invalidDemoData(file: "village.json", line: 0, reason: "not a village description")
        }
        return value
    }

    /// Imports the village as existing history in one transaction with one audit entry, drawn up for the day of
    /// `instant` in the store's zone (every date moved by `DemoDayShift`); does nothing when the store already has people.
    @discardableResult
    public static func seed(into store: KioskStore, from folder: URL, at instant: Date) throws(StoreError) -> DemoSeedResult {
        // A seeded store is the common case at start: answer it with one read, before parsing any file.
        if (try? store.peopleCount()) ?? 0 > 0 {
            return DemoSeedResult(people: 0, contributions: 0, skipped: true)
        }
        let people = try CSVTable(url: folder.appendingPathComponent("people.csv"))
        let contributions = try CSVTable(url: folder.appendingPathComponent("contributions.csv"))
        let village = try description(from: folder)
        let today = CivilDate(instant, in: store.timeZone)
        let shift = DemoDayShift(from: village.referenceDate, to: today)
        var personRows: [(PersonRecord, AccountRecord)] = []
        for (line, f) in people.records {
            personRows.append(try rows(from: f, village: village.villageCode, shift: shift, file: people.file, line: line))
        }
        var contributionRows: [ContributionRecord] = []
        for (line, f) in contributions.records {
            contributionRows.append(try contribution(from: f, shift: shift, file: contributions.file, line: line))
        }
        do {
            return try store.database.write { db in
                if try PersonRecord.fetchCount(db) > 0 {
                    return DemoSeedResult(people: 0, contributions: 0, skipped: true)
                }
                for (person, account) in personRows {
                    try person.insert(db)
                    try account.insert(db)
                }
                for var row in contributionRows { try row.insert(db) }
                try seedMobility(from: people, shift: shift, db)
                try seedEmployment(from: folder, shift: shift, zone: store.timeZone, at: instant, db)
                let detail = JSONText.encode(["village": village.villageCode, "people": String(personRows.count),
                                              "contributions": String(contributionRows.count), "day": today.iso])
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: Actor.system.auditText,
                                      personId: nil, action: "demoSeed", receiptNumber: nil, detail: detail)
                return DemoSeedResult(people: personRows.count, contributions: contributionRows.count, skipped: false)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// The day the store's demo village was drawn up for, or nil when it holds none (or one seeded before
    /// seeding recorded its day).
    public static func seededDay(in store: KioskStore) throws -> CivilDate? {
        let detail = try store.database.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_entries WHERE action = 'demoSeed' ORDER BY sequence DESC LIMIT 1")
        }
        return detail.flatMap { JSONText.decodeDictionary($0)["day"] }.flatMap(CivilDate.init(iso:))
    }

    static func rows(from f: [String: String], village: String, shift: DemoDayShift, file: String,
                     line: Int) throws(StoreError) -> (PersonRecord, AccountRecord) {
        func bad(_ reason: String) -> StoreError { .invalidDemoData(file: file, line: line, reason: reason) }
        func day(_ key: String) throws(StoreError) -> CivilDate? {
            guard let text = f[key], !text.isEmpty else { return nil }
            guard let value = CivilDate(iso: text) else { throw bad(key) }
            return shift.day(value)
        }
        func month(_ key: String) throws(StoreError) -> CivilDate? {
            try day(key)?.firstOfMonth
        }
        func bank(_ name: String, _ number: String) -> BankAccount? {
            guard let n = f[name], let a = f[number], !n.isEmpty, !a.isEmpty else { return nil }
            return BankAccount(bank: n, accountNumber: a)
        }
        guard let id = (try? IDNumber(f["id_number"] ?? "")).map(shift.idNumber) else { throw bad("id_number") }
        guard let sex = Sex(rawValue: f["sex"] ?? "") else { throw bad("sex") }
        guard let status = AccountStatus(rawValue: f["status"] ?? "") else { throw bad("status") }
        let phoneText = f["phone"] ?? ""
        let phone: PhoneNumber? = phoneText.isEmpty ? nil : try? PhoneNumber(phoneText)
        if !phoneText.isEmpty && phone == nil { throw bad("phone") }
        let person = Person(id: id, name: f["name"] ?? "", sex: sex, nationCode: f["nation_code"] ?? "01",
                            villageCode: village, phone: phone, address: f["address"] ?? "",
                            cardUID: (f["card_uid"] ?? "").isEmpty ? nil : f["card_uid"],
                            isFullTimeStudent: f["full_time_student"] == "1", inEmployeeScheme: f["employee_scheme"] == "1",
                            diedOn: try day("died_on"))
        let account = InsuranceAccount(
            personID: id, status: status, enrolledOn: try day("enrolled_on"), tierYuan: Int(f["tier_yuan"] ?? ""),
            withholding: bank("withholding_bank", "withholding_account"),
            pensionStartMonth: try month("pension_start_month"),
            monthlyPension: Int(f["monthly_pension_fen"] ?? "").map { Money(fen: $0) },
            personalAccountPension: Int(f["personal_account_pension_fen"] ?? "").map { Money(fen: $0) },
            pensionBankAccount: bank("pension_bank", "pension_bank_account"),
            certifiedUntil: try day("certified_until"), suspendedFromMonth: try month("suspended_from_month"),
            transferPending: f["transfer_pending"] == "1",
            terminationReason: (f["termination_reason"] ?? "").isEmpty ? nil : CancellationReason(rawValue: f["termination_reason"]!))
        return (PersonRecord(person), AccountRecord(account))
    }

    static func contribution(from f: [String: String], shift: DemoDayShift, file: String,
                             line: Int) throws(StoreError) -> ContributionRecord {
        guard let id = (try? IDNumber(f["id_number"] ?? "")).map(shift.idNumber), let year = Int(f["year"] ?? "").map(shift.year),
              let tier = Int(f["tier_yuan"] ?? ""), let personal = Int(f["personal_fen"] ?? ""),
              let subsidy = Int(f["subsidy_fen"] ?? ""), let kind = ContributionKind(rawValue: f["kind"] ?? ""),
              let channel = PaymentChannel(rawValue: f["channel"] ?? ""), let paid = CivilDate(iso: f["paid_on"] ?? "").map(shift.day) else {
            throw .invalidDemoData(file: file, line: line, reason: "contribution fields")
        }
        return ContributionRecord(Contribution(personID: id, year: year, tierYuan: tier, personal: Money(fen: personal),
                                               subsidy: Money(fen: subsidy), kind: kind, channel: channel, paidOn: paid),
                                  receiptNumber: nil)
    }
}
