import Foundation
import Testing
import KioskDomain
@testable import KioskStore

/// Job postings: registered after their rules, imported from CSV with bad rows named by line; the SMS outbox keeps a
/// message once.
struct JobStoreTests {
    typealias S = StoreFixtures

    static let header = "id,employer,title,occupation,industry,place,wage_min,wage_max,headcount,contact,posted_on,valid_until,age_max,sex_required,sex_ground"

    @Test func anImportTakesGoodRowsAndNamesEachBadOneByLine() throws {
        let store = try KioskStore.inMemory(villageCode: S.village)
        let csv = [
            Self.header,
            "U1,南宁某厂,装配工,6-29,C,prefecture,3000,4000,5,0771-1,2026-11-01,2026-12-31,,,",
            "U2,南宁某厂,装配工,6-29,Z,prefecture,3000,4000,5,0771-1,2026-11-01,2026-12-31,,,",
            "U3,南宁某厂,装配工,6-29,C,moon,3000,4000,5,0771-1,2026-11-01,2026-12-31,,,",
            "U4,南宁某厂,装配工,6-29,C,county,4000,3000,5,0771-1,2026-11-01,2026-12-31,,,",
            "U5,某矿,井下工,6-29,B,county,4000,5000,5,0771-1,2026-11-01,2026-12-31,,male,",
            "U6,某矿,井下工,6-29,B,county,4000,5000,5,0771-1,2026-11-01,2026-12-31,50,male,女职工劳动保护特别规定 附录",
            "U1,南宁某厂,装配工,6-29,C,prefecture,3000,4000,5,0771-1,2026-11-01,2026-12-31,,,",
            "U7,too,few",
        ].joined(separator: "\r\n")
        let report = try store.importJobs(csv: csv, actor: .system, at: S.instant("2026-11-30"))
        #expect(report.imported == 2)
        #expect(report.problems.map(\.line) == [3, 4, 5, 6, 8, 9])
        #expect(report.problems.first?.reason.contains("industry") == true)
        #expect(report.problems.first { $0.line == 6 }?.reason.contains("sex_ground") == true)
        #expect(try store.jobs().map(\.id).sorted() == ["U1", "U6"])
        #expect(try store.jobs().first { $0.id == "U6" }?.sexRequired == .male)
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefusedWhole() throws {
        let store = try KioskStore.inMemory(villageCode: S.village)
        #expect(throws: CSVImportError.missingColumns(["wage_min", "wage_max"])) {
            try store.importJobs(csv: "id,employer,title,occupation,industry,place,headcount,contact,posted_on,valid_until\n",
                                 actor: .system, at: S.instant("2026-11-30"))
        }
    }

    @Test func registeringAJobTwiceIsRefusedAndABrokenOneNamesItsProblem() throws {
        let store = try KioskStore.inMemory(villageCode: S.village)
        let job = JobPosting(id: "L1", employer: "那料村合作社", title: "果园工人", occupation: OccupationCode(code: "5-01")!,
                             industry: .A, place: .ownTownship, wageMin: 2500, wageMax: 3000, headcount: 3, contact: "138",
                             source: .localEmployer, postedOn: S.day("2026-11-30"), validUntil: S.day("2026-12-31"))
        try store.registerJob(job, actor: .system, at: S.instant("2026-11-30"))
        #expect(throws: JobPostingStoreError.duplicate(id: "L1")) { try store.registerJob(job, actor: .system, at: S.instant("2026-11-30")) }
        var broken = job
        broken.id = "L2"
        broken.headcount = 0
        #expect(throws: JobPostingStoreError.invalid([.headcount(0)])) { try store.registerJob(broken, actor: .system, at: S.instant("2026-11-30")) }
        #expect(try store.nextJobID(on: S.day("2026-11-30")) == "J20261130-001")
    }

    @Test func theOutboxStoresAKeyOnceAndSendsAMessageOnce() throws {
        let store = try KioskStore.inMemory(villageCode: S.village)
        let draft = SMSDraft(idempotencyKey: "match:2026-11:X", phone: try PhoneNumber("13800138000"), body: "岗位", purpose: "match")
        #expect(try store.smsOutbox.enqueue([draft], at: S.instant("2026-11-30")) == 1)
        #expect(try store.smsOutbox.enqueue([draft], at: S.instant("2026-11-30")) == 0)
        let message = try #require(try store.smsOutbox.pending().first)
        try store.smsOutbox.markSent(message.id, gatewayID: "g1", at: S.instant("2026-11-30"))
        try store.smsOutbox.markSent(message.id, gatewayID: "g2", at: S.instant("2026-11-30"))
        let all = try store.smsOutbox.all()
        #expect(all.count == 1 && all[0].state == .sent && all[0].gatewayID == "g1" && all[0].attempts == 1)
        #expect(try store.smsOutbox.pending().isEmpty)
    }

    @Test func aMessageFailingFiveTimesIsMarkedFailed() throws {
        let store = try KioskStore.inMemory(villageCode: S.village)
        try store.smsOutbox.enqueue([SMSDraft(idempotencyKey: "k", phone: try PhoneNumber("13800138000"), body: "b", purpose: "match")],
                                    at: S.instant("2026-11-30"))
        let id = try #require(try store.smsOutbox.pending().first?.id)
        for _ in 1...4 { try store.smsOutbox.markFailed(id, reason: "down", at: S.instant("2026-11-30")) }
        #expect(try store.smsOutbox.pending().first?.attempts == 4)
        try store.smsOutbox.markFailed(id, reason: "down", at: S.instant("2026-11-30"))
        #expect(try store.smsOutbox.all().first?.state == .failed && store.smsOutbox.pending().isEmpty)
    }
}
