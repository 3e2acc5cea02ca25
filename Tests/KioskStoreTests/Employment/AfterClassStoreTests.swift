import Foundation
import GRDB
import Testing
import KioskDomain
@testable import KioskStore

/// After a class: ending it with its participants, recommending jobs and the follow-up visit are business events
/// (receipt, audit and outbox entry, all or nothing), refused with a reason and nothing written when they cannot be.
struct AfterClassStoreTests {
    typealias S = StoreFixtures
    let actor = Actor.coordinator(id: "XG-1", name: "韦丽萍")

    /// The task-list fixture village with the electricians' class raised on 1 March and announced on 5 March.
    func village() throws -> (KioskStore, TrainingClass, c: Person) {
        let (store, _, c) = try TaskListStoreTests().village()
        for s in (10..<20).map({ S.person($0, born: "2007-01-01").id }) {
            try store.saveTrainingWish(TrainingWish(personID: s, trade: "电工", registeredOn: S.day("2026-02-01")), actor: actor,
                                       at: S.instant("2026-02-01"))
        }
        let training = try #require(try store.raiseClassRequests(on: S.day("2026-03-01"), actor: actor, at: S.instant("2026-03-01")).first)
        return (store, training, c)
    }

    func counts(_ store: KioskStore) throws -> (receipts: Int, outbox: Int, audit: Int) {
        try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipts")!, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_entries")!)
        }
    }

    @Test("A class is ended only once it was announced, with somebody picked; each participant gets a receipt, an outbox entry and an audit entry")
    func endingAClass() throws {
        let (store, training, c) = try village()
        let student = S.person(10, born: "2007-01-01").id
        #expect(throws: TrainingStoreError.notAnnounced(trade: "电工")) {
            try store.endClass(training.id, participants: [c.id], actor: actor, at: S.instant("2026-03-31"))
        }
        try store.announceClass(training.id, on: S.day("2026-03-05"), messages: [], at: S.instant("2026-03-05"))
        #expect(throws: TrainingStoreError.noParticipants) {
            try store.endClass(training.id, participants: [], actor: actor, at: S.instant("2026-03-31"))
        }
        #expect(throws: TrainingStoreError.unknownClass(99)) {
            try store.endClass(99, participants: [c.id], actor: actor, at: S.instant("2026-03-31"))
        }
        let before = try counts(store)
        let receipts = try store.endClass(training.id, participants: [c.id, student, c.id], actor: actor, at: S.instant("2026-03-31"))
        #expect(receipts.count == 2 && receipts.allSatisfy { $0.service == .trainingAttendance && $0.summary["trade"] == "电工" })
        let after = try counts(store)
        #expect(after.receipts == before.receipts + 2 && after.outbox == before.outbox + 2 && after.audit == before.audit + 3)
        #expect(try store.trainingClasses().first { $0.id == training.id }?.endedOn == S.day("2026-03-31"))
        #expect(try store.trainingFollowUps().map(\.personID).sorted { $0.value < $1.value } == [c.id, student].sorted { $0.value < $1.value })
        #expect(throws: TrainingStoreError.alreadyEnded(trade: "电工", on: S.day("2026-03-31"))) {
            try store.endClass(training.id, participants: [c.id], actor: actor, at: S.instant("2026-04-01"))
        }
        #expect(try counts(store) == after)
    }

    @Test("Recommendations count one a job towards the 3 for the class; a visit outside the class's end to today is refused; the finding is kept")
    func recommendationsAndTheVisit() throws {
        let (store, training, c) = try village()
        try store.announceClass(training.id, on: S.day("2026-03-05"), messages: [], at: S.instant("2026-03-05"))
        try store.endClass(training.id, participants: [c.id], actor: actor, at: S.instant("2026-03-31"))
        #expect(throws: TrainingStoreError.noJobs) {
            try store.recordRecommendation(JobRecommendation(personID: c.id, purpose: .training, jobIDs: [], recommendedOn: S.day("2026-04-01"),
                                                             classID: training.id), actor: actor, at: S.instant("2026-04-01"))
        }
        let outsider = S.person(2, born: "1990-01-01").id
        #expect(throws: TrainingStoreError.notParticipant) {
            try store.recordRecommendation(JobRecommendation(personID: outsider, purpose: .training, jobIDs: ["N1"],
                                                             recommendedOn: S.day("2026-04-01"), classID: training.id),
                                           actor: actor, at: S.instant("2026-04-01"))
        }
        let receipt = try store.recordRecommendation(JobRecommendation(personID: c.id, purpose: .training, jobIDs: ["N1", "N2"],
                                                                       recommendedOn: S.day("2026-04-01"), classID: training.id),
                                                     actor: actor, at: S.instant("2026-04-01"))
        #expect(receipt.service == .jobRecommendation && receipt.summary["count"] == "2" && receipt.summary["jobs"] == "N1,N2")
        var followUp = try #require(try store.trainingFollowUps().first)
        #expect(followUp.recommendedOn.count == 2 && followUp.status(on: S.day("2026-04-10")) == .recommendationsOwed(left: 1))
        #expect(try store.recommendedJobIDs(c.id, purpose: .training) == ["N1", "N2"])
        try store.recordRecommendation(JobRecommendation(personID: c.id, purpose: .training, jobIDs: ["N3"], recommendedOn: S.day("2026-04-08"),
                                                         classID: training.id), actor: actor, at: S.instant("2026-04-08"))
        followUp = try #require(try store.trainingFollowUps().first)
        #expect(followUp.status(on: S.day("2026-04-10")) == .visitDue(by: S.day("2026-07-01")))

        for (day, at) in [("2026-03-30", "2026-04-10"), ("2026-04-11", "2026-04-10")] {
            #expect(throws: TrainingStoreError.visitOutOfRange(endedOn: S.day("2026-03-31"), today: S.day("2026-04-10"))) {
                try store.recordFollowUpVisit(TrainingFollowUpVisit(personID: c.id, classID: training.id, visitedOn: S.day(day),
                                                                    finding: .employed), actor: actor, at: S.instant(at))
            }
        }
        let visit = try store.recordFollowUpVisit(TrainingFollowUpVisit(personID: c.id, classID: training.id, visitedOn: S.day("2026-04-10"),
                                                                        finding: .employed), actor: actor, at: S.instant("2026-04-10"))
        #expect(visit.service == .trainingFollowUpVisit && visit.summary["finding"] == "employed")
        #expect(try store.followUpFinding(classID: training.id, person: c.id) == .employed)
        #expect(try store.trainingFollowUps().first?.status(on: S.day("2026-04-10")) == .done)
        let outbox = try store.database.read { db in try String.fetchAll(db, sql: "SELECT kind FROM outbox ORDER BY id") }
        #expect(outbox.suffix(4) == ["trainingAttendance", "jobRecommendation", "jobRecommendation", "trainingFollowUpVisit"])
        #expect(try store.database.read { db in try AuditChain.verify(db) }.firstBreak == nil)
    }
}
