import Foundation
import GRDB
import KioskDomain

/// Job seekers' profiles (求职登记): every change a new row, the latest in force.
extension KioskStore {
    /// Stores a profile as the person's latest, with who and when, and an audit entry.
    public func saveJobSeeker(_ profile: JobSeekerProfile, actor: Actor, at instant: Date) throws(StoreError) {
        do {
            try database.write { db in
                try Self.insertJobSeeker(profile, actor: actor, at: instant, db)
                try AuditChain.append(db, recordedAt: Timestamp.text(instant), actor: actor.auditText,
                                      personId: profile.personID.value, action: "jobSeekerRegistered", receiptNumber: nil,
                                      detail: JSONText.encode(["complete": profile.isComplete ? "yes" : "no"]))
            }
        } catch {
            throw .writeFailed(reason: String(describing: error))
        }
    }

    /// Adds a profile row (the one insert of a profile, for the coordinator's import and the villager's business event).
    static func insertJobSeeker(_ profile: JobSeekerProfile, actor: Actor, at instant: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO job_seeker_profiles (person_id, status, farthest_place, occupations, industries, trade, expected_wage,
                registered_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [profile.personID.value, profile.status?.code, profile.farthestPlace?.code,
                             profile.occupations.map(\.code).joined(separator: ","),
                             profile.industries.map(\.rawValue).joined(separator: ","), profile.trade,
                             profile.expectedWage, profile.registeredOn.iso, actor.auditText, Timestamp.text(instant)])
    }

    /// The profile in force for a person, nil when they never registered.
    public func jobSeeker(_ person: IDNumber) throws -> JobSeekerProfile? {
        try jobSeekers().first { $0.personID == person }
    }

    /// Every registered seeker's profile in force, alive people only, by ID number, with name and phone.
    public func jobSeekers() throws -> [JobSeekerProfile] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, p.name, p.phone FROM job_seeker_profiles s
                JOIN people p ON p.id_number = s.person_id
                WHERE s.id = (SELECT MAX(id) FROM job_seeker_profiles t WHERE t.person_id = s.person_id)
                  AND p.died_on IS NULL
                ORDER BY s.person_id
                """).compactMap { row in
                guard let id = try? IDNumber(row["person_id"] as String), let registered = CivilDate(iso: row["registered_on"]) else {
                    return nil
                }
                let occupations = (row["occupations"] as String).split(separator: ",").compactMap { OccupationCode(code: String($0)) }
                let industries = (row["industries"] as String).split(separator: ",").compactMap { IndustrySection(rawValue: String($0)) }
                return JobSeekerProfile(personID: id, name: row["name"],
                                        farthestPlace: (row["farthest_place"] as String?).flatMap(PlaceOfWork.init(code:)),
                                        occupations: occupations, industries: industries, trade: row["trade"],
                                        expectedWage: row["expected_wage"],
                                        phone: (row["phone"] as String?).flatMap { try? PhoneNumber($0) }, registeredOn: registered,
                                        status: (row["status"] as String?).flatMap(EmploymentStatus.init(code:)))
            }
        }
    }
}
