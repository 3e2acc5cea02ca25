import Foundation
import GRDB
import KioskDomain

/// Why an act after a training class was not recorded (nothing was written).
public enum TrainingStoreError: Error, Hashable, Sendable, UserExplainable {
    /// No class request has this id.
    case unknownClass(Int64)
    /// The class was never announced, so it cannot have been held.
    case notAnnounced(trade: String)
    /// The class was already ended (its participants are recorded).
    case alreadyEnded(trade: String, on: CivilDate)
    /// Nobody was picked as a participant.
    case noParticipants
    /// No job was picked.
    case noJobs
    /// The person did not take part in the class.
    case notParticipant
    /// The visit is dated before the class ended, or after today.
    case visitOutOfRange(endedOn: CivilDate, today: CivilDate)
    /// The database refused the write (its text for the technicians only).
    case store(StoreError)

    public var userMessage: UserMessage {
        switch self {
        case .unknownClass: UserMessage("employment.afterClass.error.unknownClass")
        case .notAnnounced(let trade): UserMessage("employment.afterClass.error.notAnnounced", ["trade": trade])
        case .alreadyEnded(let trade, let day): UserMessage("employment.afterClass.error.alreadyEnded", ["trade": trade, "day": day.iso])
        case .noParticipants: UserMessage("employment.afterClass.error.noParticipants")
        case .noJobs: UserMessage("employment.afterClass.error.noJobs")
        case .notParticipant: UserMessage("employment.afterClass.error.notParticipant")
        case .visitOutOfRange(let ended, let today):
            UserMessage("employment.afterClass.error.visitDay", ["ended": ended.iso, "today": today.iso])
        case .store: UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])
        }
    }
}

/// After a training class (seed item 7): the class ended with its participants, jobs related to its trade recommended
/// to trainees still without work, and the follow-up visit with what it found. Each act is a business event: receipt,
/// audit entry and outbox entry in the transaction that writes its rows, all or nothing.
extension KioskStore {
    /// Ends a class on the day of `instant` with the people who took part: one attendance event each, and an audit entry
    /// for the class. Refused (nothing written) for an unknown, unannounced or already ended class, or nobody picked.
    @discardableResult
    public func endClass(_ id: Int64, participants: [IDNumber], actor: Actor,
                         at instant: Date) throws(TrainingStoreError) -> [Receipt] {
        let day = CivilDate(instant, in: timeZone)
        let people = Array(Set(participants)).sorted { $0.value < $1.value }
        return try trainingWrite { db in
            let training = try Self.trainingClass(id, db)
            guard training.announcedOn != nil else { throw TrainingStoreError.notAnnounced(trade: training.trade) }
            if let ended = training.endedOn { throw TrainingStoreError.alreadyEnded(trade: training.trade, on: ended) }
            guard !people.isEmpty else { throw TrainingStoreError.noParticipants }
            try db.execute(sql: "UPDATE training_classes SET ended_on = ? WHERE id = ?", arguments: [day.iso, id])
            try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                  action: "trainingClassEnded", receiptNumber: nil,
                                  detail: JSONText.encode(["class": String(id), "trade": training.trade,
                                                           "participants": String(people.count)]))
            return try people.map { person in
                try self.record(.trainingAttendance(TrainingAttendance(personID: person, classID: id, trade: training.trade,
                                                                       endedOn: day)),
                                actor: actor, at: instant, in: db)
            }
        }
    }

    /// Records jobs recommended to a person (one row a job, each counting towards the 3 owed) as one business event.
    @discardableResult
    public func recordRecommendation(_ recommendation: JobRecommendation, actor: Actor,
                                     at instant: Date) throws(TrainingStoreError) -> Receipt {
        guard !recommendation.jobIDs.isEmpty else { throw .noJobs }
        return try trainingWrite { db in
            if let id = recommendation.classID { try Self.requireParticipant(id, recommendation.personID, db) }
            return try self.record(.jobRecommendation(recommendation), actor: actor, at: instant, in: db)
        }
    }

    /// Records the follow-up visit to a trainee and what it found, as one business event. The visit's day must be between
    /// the class's end and today.
    @discardableResult
    public func recordFollowUpVisit(_ visit: TrainingFollowUpVisit, actor: Actor,
                                    at instant: Date) throws(TrainingStoreError) -> Receipt {
        let today = CivilDate(instant, in: timeZone)
        return try trainingWrite { db in
            let training = try Self.trainingClass(visit.classID, db)
            try Self.requireParticipant(visit.classID, visit.personID, db)
            let ended = training.endedOn ?? today
            guard visit.visitedOn >= ended, visit.visitedOn <= today else {
                throw TrainingStoreError.visitOutOfRange(endedOn: ended, today: today)
            }
            return try self.record(.trainingFollowUpVisit(visit), actor: actor, at: instant, in: db)
        }
    }

    /// The jobs recommended to a person for a purpose (ids, oldest first).
    public func recommendedJobIDs(_ person: IDNumber, purpose: JobRecommendation.Purpose) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: """
                SELECT job_id FROM job_recommendations WHERE person_id = ? AND purpose = ? AND job_id IS NOT NULL ORDER BY id
                """, arguments: [person.value, purpose.rawValue])
        }
    }

    /// What a trainee's follow-up visit found, when one is recorded.
    public func followUpFinding(classID: Int64, person: IDNumber) throws -> EmploymentStatus? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT visit_finding FROM training_participants WHERE class_id = ? AND person_id = ?",
                                arguments: [classID, person.value]).flatMap(EmploymentStatus.init(code:))
        }
    }

    /// The participant row of an attendance (the one insert of a participant).
    static func insertParticipant(_ attendance: TrainingAttendance, receiptNumber: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO training_participants (class_id, person_id, receipt_number) VALUES (?, ?, ?)
            ON CONFLICT (class_id, person_id) DO NOTHING
            """, arguments: [attendance.classID, attendance.personID.value, receiptNumber])
    }

    /// The rows of a recommendation, one a job (the one insert of a recommendation).
    static func insertRecommendation(_ recommendation: JobRecommendation, receiptNumber: String, actor: Actor,
                                     _ db: Database) throws {
        for job in recommendation.jobIDs {
            try db.execute(sql: """
                INSERT INTO job_recommendations (person_id, job_id, purpose, recommended_on, recorded_by, class_id, receipt_number)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [recommendation.personID.value, job, recommendation.purpose.rawValue,
                                 recommendation.recommendedOn.iso, actor.auditText, recommendation.classID, receiptNumber])
        }
    }

    /// A visit's day and finding on the participant's row (the first visit counts for the deadline; a later one updates
    /// the finding only).
    static func storeFollowUpVisit(_ visit: TrainingFollowUpVisit, receiptNumber: String, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE training_participants SET visited_on = COALESCE(visited_on, ?), visit_finding = ?, visit_receipt_number = ?
            WHERE class_id = ? AND person_id = ?
            """, arguments: [visit.visitedOn.iso, visit.finding.code, receiptNumber, visit.classID, visit.personID.value])
    }

    static func trainingClass(_ id: Int64, _ db: Database) throws -> TrainingClass {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM training_classes WHERE id = ?", arguments: [id]),
              let requested = CivilDate(iso: row["requested_on"]) else { throw TrainingStoreError.unknownClass(id) }
        return TrainingClass(id: row["id"], trade: row["trade"], people: row["people"], requestedOn: requested,
                             announcedOn: (row["announced_on"] as String?).flatMap(CivilDate.init(iso:)),
                             endedOn: (row["ended_on"] as String?).flatMap(CivilDate.init(iso:)))
    }

    static func requireParticipant(_ classID: Int64, _ person: IDNumber, _ db: Database) throws {
        let found = try Bool.fetchOne(db, sql: "SELECT 1 FROM training_participants WHERE class_id = ? AND person_id = ?",
                                      arguments: [classID, person.value]) ?? false
        guard found else { throw TrainingStoreError.notParticipant }
    }

    /// One write transaction for the acts after a class, its failure typed.
    func trainingWrite<T>(_ body: (Database) throws -> T) throws(TrainingStoreError) -> T {
        do {
            return try database.write { db in try body(db) }
        } catch let error as TrainingStoreError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.writeFailed(reason: String(describing: error)))
        }
    }
}
