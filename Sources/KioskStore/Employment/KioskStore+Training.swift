import Foundation
import GRDB
import KioskDomain

/// A class request raised for a trade, and what followed.
public struct TrainingClass: Hashable, Sendable {
    public var id: Int64
    public var trade: String
    /// People wishing the trade when the request was raised.
    public var people: Int
    public var requestedOn: CivilDate
    public var announcedOn: CivilDate?
    public var endedOn: CivilDate?
}

/// Training wishes, class requests, participants, job recommendations and follow-up visits (seed items 6-7), and the
/// long-term unemployed's guidance and monthly reports (item 5).
extension KioskStore {
    /// Registers a wish (a person wishing the same trade again is stored once).
    public func saveTrainingWish(_ wish: TrainingWish, actor: Actor, at instant: Date) throws(StoreError) {
        try writeEmployment { db in
            guard try Self.insertTrainingWish(wish, actor: actor, db) else { return }
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: wish.personID.value,
                                  action: "trainingWishRegistered", receiptNumber: nil, detail: JSONText.encode(["trade": wish.trade]))
        }
    }

    /// Adds a wish unless the person already wishes the trade; whether it was added (the one insert of a wish).
    static func insertTrainingWish(_ wish: TrainingWish, actor: Actor, _ db: Database) throws -> Bool {
        let exists = try Bool.fetchOne(db, sql: """
            SELECT 1 FROM training_wishes WHERE person_id = ? AND trade = ? AND withdrawn_on IS NULL
            """, arguments: [wish.personID.value, wish.trade]) ?? false
        guard !exists else { return false }
        try db.execute(sql: "INSERT INTO training_wishes (person_id, trade, registered_on, recorded_by) VALUES (?, ?, ?, ?)",
                       arguments: [wish.personID.value, wish.trade, wish.registeredOn.iso, actor.auditText])
        return true
    }

    /// The trades a person wishes to be trained in (standing wishes, oldest first).
    public func trainingTrades(_ person: IDNumber) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT trade FROM training_wishes WHERE person_id = ? AND withdrawn_on IS NULL ORDER BY id",
                                arguments: [person.value])
        }
    }

    /// Wishes standing (not withdrawn).
    public func trainingWishes() throws -> [TrainingWish] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM training_wishes WHERE withdrawn_on IS NULL ORDER BY id").compactMap { row in
                guard let id = try? IDNumber(row["person_id"] as String), let day = CivilDate(iso: row["registered_on"]) else { return nil }
                return TrainingWish(personID: id, trade: row["trade"], registeredOn: day)
            }
        }
    }

    /// Raises a class request for every trade reaching 10 wishes without an open request; returns the new ones.
    @discardableResult
    public func raiseClassRequests(on day: CivilDate, actor: Actor, at instant: Date) throws -> [TrainingClass] {
        let wanted = TrainingClassRule.classRequests(try trainingWishes())
        let open = Set(try trainingClasses().filter { $0.endedOn == nil }.map(\.trade))
        let new = wanted.filter { !open.contains($0.trade) }
        try writeEmployment { db in
            for request in new {
                try db.execute(sql: "INSERT INTO training_classes (trade, people, requested_on) VALUES (?, ?, ?)",
                               arguments: [request.trade, request.people, day.iso])
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                      action: "trainingClassRequested", receiptNumber: nil,
                                      detail: JSONText.encode(["trade": request.trade, "people": String(request.people)]))
            }
        }
        return try trainingClasses().filter { c in new.contains { $0.trade == c.trade } && c.requestedOn == day }
    }

    /// Every class request, oldest first.
    public func trainingClasses() throws -> [TrainingClass] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM training_classes ORDER BY id").compactMap { row in
                guard let requested = CivilDate(iso: row["requested_on"]) else { return nil }
                return TrainingClass(id: row["id"], trade: row["trade"], people: row["people"], requestedOn: requested,
                                     announcedOn: (row["announced_on"] as String?).flatMap(CivilDate.init(iso:)),
                                     endedOn: (row["ended_on"] as String?).flatMap(CivilDate.init(iso:)))
            }
        }
    }

    /// Records a class's announcement and queues its message to every person wishing the trade with a phone.
    public func announceClass(_ id: Int64, on day: CivilDate, messages: [SMSDraft], at instant: Date) throws(StoreError) {
        try writeEmployment { db in
            try db.execute(sql: "UPDATE training_classes SET announced_on = COALESCE(announced_on, ?) WHERE id = ?",
                           arguments: [day.iso, id])
            _ = try SMSOutbox.enqueue(db, messages, at: instant)
        }
    }

    /// Days jobs were recommended to a person for a purpose.
    /// Days jobs were recommended to a person for a purpose (one day a job), for one class when `classID` is given (a
    /// recommendation recorded without a class counts for any).
    public func recommendationDays(_ person: IDNumber, purpose: JobRecommendation.Purpose,
                                   classID: Int64? = nil) throws -> [CivilDate] {
        try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT recommended_on FROM job_recommendations WHERE person_id = ? AND purpose = ?
                AND (? IS NULL OR class_id IS NULL OR class_id = ?) ORDER BY recommended_on
                """, arguments: [person.value, purpose.rawValue, classID, classID]).compactMap(CivilDate.init(iso:))
        }
    }

    /// The follow-ups of every ended class's participants, with recommendations since the class ended.
    public func trainingFollowUps() throws -> [TrainingFollowUp] {
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.class_id, p.person_id, p.visited_on, c.trade, c.ended_on FROM training_participants p
                JOIN training_classes c ON c.id = p.class_id WHERE c.ended_on IS NOT NULL ORDER BY c.id, p.person_id
                """)
        }
        return try rows.compactMap { row in
            guard let id = try? IDNumber(row["person_id"] as String), let ended = CivilDate(iso: row["ended_on"]) else { return nil }
            let classID: Int64 = row["class_id"]
            let days = try recommendationDays(id, purpose: .training, classID: classID).filter { $0 >= ended }
            return TrainingFollowUp(personID: id, trade: row["trade"], classEndedOn: ended, recommendedOn: days,
                                    visitedOn: (row["visited_on"] as String?).flatMap(CivilDate.init(iso:)), classID: classID)
        }
    }

    /// Records guidance given to a long-term unemployed person as one business event: its row, a receipt, an audit
    /// entry and an outbox entry in one transaction, so the county sees the guidance as it sees every other act.
    @discardableResult
    public func recordGuidance(_ person: IDNumber, on day: CivilDate, actor: Actor, at instant: Date) throws(StoreError) -> Receipt {
        try record(.longTermGuidance(LongTermGuidance(personID: person, givenOn: day)), actor: actor, at: instant)
    }

    /// The guidance row (the one insert of guidance).
    static func insertGuidance(_ guidance: LongTermGuidance, actor: Actor, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO long_term_guidance (person_id, given_on, recorded_by) VALUES (?, ?, ?)",
                       arguments: [guidance.personID.value, guidance.givenOn.iso, actor.auditText])
    }

    /// The service given to a long-term unemployed person.
    public func longTermService(_ person: IDNumber) throws -> LongTermUnemployedService {
        let guidance = try database.read { db in
            try String.fetchAll(db, sql: "SELECT given_on FROM long_term_guidance WHERE person_id = ? ORDER BY given_on",
                                arguments: [person.value]).compactMap(CivilDate.init(iso:))
        }
        return LongTermUnemployedService(guidanceOn: guidance, recommendedOn: try recommendationDays(person, purpose: .longTerm))
    }

    /// Records that a month's long-term unemployed list was reported to the upper office.
    public func recordLongTermReport(_ month: CalendarMonth, people: Int, actor: Actor, at instant: Date) throws(StoreError) {
        try writeEmployment { db in
            try db.execute(sql: "INSERT INTO long_term_reports (month, people, reported_at, recorded_by) VALUES (?, ?, ?, ?)",
                           arguments: [month.iso, people, Timestamp.text(instant), actor.auditText])
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: "longTermUnemployedReported", receiptNumber: nil,
                                  detail: JSONText.encode(["month": month.iso, "people": String(people)]))
        }
    }

    /// Months of a year with a long-term unemployed report.
    public func longTermReportMonths(year: Int) throws -> Set<CalendarMonth> {
        try database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT month FROM long_term_reports WHERE month LIKE ?",
                                    arguments: ["\(year)-%"]).compactMap(CalendarMonth.init(iso:)))
        }
    }

    /// One write transaction, its failure as a store error (the database's text for the technicians).
    func writeEmployment(_ body: (Database) throws -> Void) throws(StoreError) {
        do {
            try database.write { db in try body(db) }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }
}
