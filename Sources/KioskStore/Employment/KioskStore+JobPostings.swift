import Foundation
import GRDB
import KioskDomain

/// Why a job posting could not be stored.
public enum JobPostingStoreError: Error, Hashable, Sendable, UserExplainable {
    /// The posting breaks a rule (`JobPosting.problems`).
    case invalid([JobPostingProblem])
    /// A posting with the same id is already registered.
    case duplicate(id: String)
    /// The database refused the write (its text for the technicians only).
    case store(StoreError)

    public var userMessage: UserMessage {
        switch self {
        case .invalid(let problems): problems.first?.userMessage ?? UserMessage("employment.job.problem.validity")
        case .duplicate(let id): UserMessage("employment.job.problem.duplicate", ["id": id])
        case .store: UserMessage("store.error.writeFailed", nested: ["reason": .databaseFailure])
        }
    }
}

/// Job postings (岗位信息) and their weekly publication (每周至少发布一次).
extension KioskStore {
    /// Registers a posting after checking it, with an audit entry.
    public func registerJob(_ job: JobPosting, actor: Actor, at instant: Date) throws(JobPostingStoreError) {
        let problems = job.problems
        guard problems.isEmpty else { throw .invalid(problems) }
        do {
            try database.write { db in try insertJob(db, job, actor: actor, at: instant) }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw .duplicate(id: job.id)
        } catch {
            throw .store(.writeFailed(reason: String(describing: error)))
        }
    }

    func insertJob(_ db: Database, _ job: JobPosting, actor: Actor, at instant: Date) throws {
        try db.execute(sql: """
            INSERT INTO job_postings (id, employer, credit_code, title, occupation, industry, place, wage_min, wage_max,
                headcount, filled, age_min, age_max, sex_required, sex_ground, contact, source, posted_on, valid_until,
                recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [job.id, job.employer, job.creditCode?.value, job.title, job.occupation.code, job.industry.rawValue,
                             job.place.code, job.wageMin, job.wageMax, job.headcount, job.filled, job.ageMin, job.ageMax,
                             job.sexRequired?.rawValue, job.sexGround, job.contact, job.source.rawValue, job.postedOn.iso,
                             job.validUntil.iso, actor.auditText, Timestamp.text(instant)])
        try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                              action: "jobRegistered", receiptNumber: nil,
                              detail: JSONText.encode(["job": job.id, "source": job.source.rawValue]))
    }

    /// Replaces a held posting's fields with `job`'s (the same id), with an audit entry.
    func updateJob(_ db: Database, _ job: JobPosting, actor: Actor, at instant: Date) throws {
        try db.execute(sql: """
            UPDATE job_postings SET employer = ?, credit_code = ?, title = ?, occupation = ?, industry = ?, place = ?,
                wage_min = ?, wage_max = ?, headcount = ?, filled = ?, age_min = ?, age_max = ?, sex_required = ?,
                sex_ground = ?, contact = ?, posted_on = ?, valid_until = ?, recorded_by = ?, recorded_at = ?
            WHERE id = ?
            """, arguments: [job.employer, job.creditCode?.value, job.title, job.occupation.code, job.industry.rawValue,
                             job.place.code, job.wageMin, job.wageMax, job.headcount, job.filled, job.ageMin, job.ageMax,
                             job.sexRequired?.rawValue, job.sexGround, job.contact, job.postedOn.iso, job.validUntil.iso,
                             actor.auditText, Timestamp.text(instant), job.id])
        try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                              action: "jobUpdated", receiptNumber: nil,
                              detail: JSONText.encode(["job": job.id, "source": job.source.rawValue]))
    }

    /// Every posting, newest first (by day posted, then id).
    public func jobs() throws -> [JobPosting] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM job_postings ORDER BY posted_on DESC, id").compactMap(Self.jobPosting)
        }
    }

    /// Postings open on a day.
    public func openJobs(on day: CivilDate) throws -> [JobPosting] {
        try jobs().filter { $0.isOpen(on: day) }
    }

    /// Postings registered with a day posted in a year.
    public func postingsCount(year: Int) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM job_postings WHERE posted_on LIKE ?", arguments: ["\(year)-%"]) ?? 0
        }
    }

    /// The next free posting id for a day (`J20261130-001`, ...).
    public func nextJobID(on day: CivilDate) throws -> String {
        let prefix = "J\(day.compact)-"
        let count = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM job_postings WHERE id LIKE ?", arguments: [prefix + "%"]) ?? 0
        }
        return prefix + String(format: "%03d", count + 1)
    }

    /// Records a publication (notice board, WeChat group, printed notice) of the open postings on a day.
    public func recordPublication(on day: CivilDate, postings: Int, channel: String, actor: Actor,
                                  at instant: Date) throws(StoreError) {
        do {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO job_publications (published_on, postings, channel, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [day.iso, postings, channel, actor.auditText, Timestamp.text(instant)])
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText, personId: nil,
                                      action: "jobsPublished", receiptNumber: nil,
                                      detail: JSONText.encode(["postings": String(postings), "channel": channel]))
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Days jobs were published in a year.
    public func publicationDays(year: Int) throws -> [CivilDate] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT published_on FROM job_publications WHERE published_on LIKE ? ORDER BY published_on",
                                arguments: ["\(year)-%"]).compactMap(CivilDate.init(iso:))
        }
    }

    static func jobPosting(_ row: Row) -> JobPosting? {
        guard let occupation = OccupationCode(code: row["occupation"]), let industry = IndustrySection(rawValue: row["industry"]),
              let place = PlaceOfWork(code: row["place"]), let source = JobPosting.Source(rawValue: row["source"]),
              let posted = CivilDate(iso: row["posted_on"]), let until = CivilDate(iso: row["valid_until"]) else { return nil }
        return JobPosting(id: row["id"], employer: row["employer"],
                          creditCode: (row["credit_code"] as String?).flatMap(UnifiedSocialCreditCode.init),
                          title: row["title"], occupation: occupation, industry: industry, place: place,
                          wageMin: row["wage_min"], wageMax: row["wage_max"], headcount: row["headcount"], filled: row["filled"],
                          ageMin: row["age_min"], ageMax: row["age_max"],
                          sexRequired: (row["sex_required"] as String?).flatMap(Sex.init(rawValue:)), sexGround: row["sex_ground"],
                          contact: row["contact"], source: source, postedOn: posted, validUntil: until)
    }
}
