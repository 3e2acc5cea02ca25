import Foundation
import GRDB
import KioskDomain

/// The demo village's employment data (`labour_force.csv`, `job_seekers.csv`, `jobs.csv`, `training_wishes.csv`,
/// `job_publications.csv`): months of labour-force records with some long-term unemployed, a few late and missing
/// entries and corrections, job seekers (two with profiles too empty to match), local and upper-office jobs of this
/// year and last, 12 wishes for one trade, and weekly publications with two weeks missed. Moved by `DemoDayShift`:
/// record months by whole months with their entry days, every other day by days, ID numbers with their birth dates.
extension DemoVillage {
    static let employmentFiles = ["labour_force.csv", "job_seekers.csv", "jobs.csv", "training_wishes.csv", "job_publications.csv"]

    /// Reads and inserts the employment files inside the seeding transaction.
    static func seedEmployment(from folder: URL, shift: DemoDayShift, zone: TimeZone, at instant: Date, _ db: Database) throws {
        func table(_ name: String) throws -> CSVTable { try CSVTable(url: folder.appendingPathComponent(name)) }
        func bad(_ t: CSVTable, _ line: Int, _ reason: String) -> StoreError {
            .invalidDemoData(file: t.file, line: line, reason: reason)
        }
        func id(_ t: CSVTable, _ line: Int, _ text: String?) throws -> IDNumber {
            guard let value = try? IDNumber(text ?? "") else { throw bad(t, line, "id_number") }
            return shift.idNumber(value)
        }
        func day(_ t: CSVTable, _ line: Int, _ text: String?) throws -> CivilDate {
            guard let value = CivilDate(iso: text ?? "") else { throw bad(t, line, "date") }
            return shift.day(value)
        }
        let clock = KioskClock.fixed(instant, timeZone: zone)
        let records = try table("labour_force.csv")
        for (line, f) in records.records {
            guard let month = CalendarMonth(iso: f["month"] ?? ""), let status = EmploymentStatus(code: f["status"] ?? ""),
                  let version = Int(f["version"] ?? ""), let entered = CivilDate(iso: f["recorded_on"] ?? "") else {
                throw bad(records, line, "labour-force fields")
            }
            try db.execute(sql: """
                INSERT INTO labour_force_records (person_id, month, version, status, place, industry, occupation, wants_job,
                    training_trade, income, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [try id(records, line, f["id_number"]).value, shift.month(month).iso, version, status.code,
                                 (f["place"] ?? "").isEmpty ? nil : f["place"], (f["industry"] ?? "").isEmpty ? nil : f["industry"],
                                 (f["occupation"] ?? "").isEmpty ? nil : f["occupation"], f["wants_job"] == "1",
                                 (f["training_trade"] ?? "").isEmpty ? nil : f["training_trade"], f["income"] ?? "none",
                                 f["recorded_by"] ?? "", Timestamp.text(clock.instant(on: shift.dayWithMonth(entered), hour: 10))])
        }
        let seekers = try table("job_seekers.csv")
        for (line, f) in seekers.records {
            let registered = try day(seekers, line, f["registered_on"])
            try db.execute(sql: """
                INSERT INTO job_seeker_profiles (person_id, farthest_place, occupations, industries, trade, expected_wage,
                    registered_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [try id(seekers, line, f["id_number"]).value, (f["farthest_place"] ?? "").isEmpty ? nil : f["farthest_place"],
                                 (f["occupations"] ?? "").replacingOccurrences(of: ";", with: ","),
                                 (f["industries"] ?? "").replacingOccurrences(of: ";", with: ","),
                                 (f["trade"] ?? "").isEmpty ? nil : f["trade"], Int(f["expected_wage"] ?? ""), registered.iso,
                                 Actor.system.auditText, Timestamp.text(clock.instant(on: registered, hour: 10))])
        }
        let jobs = try table("jobs.csv")
        for (line, f) in jobs.records {
            guard let occupation = OccupationCode(code: f["occupation"] ?? ""), let industry = IndustrySection(rawValue: f["industry"] ?? ""),
                  let place = PlaceOfWork(code: f["place"] ?? ""), let source = JobPosting.Source(rawValue: f["source"] ?? ""),
                  let low = Int(f["wage_min"] ?? ""), let high = Int(f["wage_max"] ?? ""), let headcount = Int(f["headcount"] ?? "") else {
                throw bad(jobs, line, "job fields")
            }
            let job = JobPosting(id: f["id"] ?? "", employer: f["employer"] ?? "",
                                 creditCode: UnifiedSocialCreditCode(f["credit_code"] ?? ""), title: f["title"] ?? "",
                                 occupation: occupation, industry: industry, place: place, wageMin: low, wageMax: high,
                                 headcount: headcount, filled: Int(f["filled"] ?? "") ?? 0, ageMin: Int(f["age_min"] ?? ""),
                                 ageMax: Int(f["age_max"] ?? ""), sexRequired: Sex(rawValue: f["sex_required"] ?? ""),
                                 sexGround: (f["sex_ground"] ?? "").isEmpty ? nil : f["sex_ground"], contact: f["contact"] ?? "",
                                 source: source, postedOn: try day(jobs, line, f["posted_on"]),
                                 validUntil: try day(jobs, line, f["valid_until"]))
            guard job.problems.isEmpty else { throw bad(jobs, line, "job breaks a posting rule") }
            try db.execute(sql: """
                INSERT INTO job_postings (id, employer, credit_code, title, occupation, industry, place, wage_min, wage_max,
                    headcount, filled, age_min, age_max, sex_required, sex_ground, contact, source, posted_on, valid_until,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [job.id, job.employer, job.creditCode?.value, job.title, job.occupation.code, job.industry.rawValue,
                                 job.place.code, job.wageMin, job.wageMax, job.headcount, job.filled, job.ageMin, job.ageMax,
                                 job.sexRequired?.rawValue, job.sexGround, job.contact, job.source.rawValue, job.postedOn.iso,
                                 job.validUntil.iso, Actor.system.auditText, Timestamp.text(clock.instant(on: job.postedOn, hour: 9))])
        }
        let wishes = try table("training_wishes.csv")
        for (line, f) in wishes.records {
            try db.execute(sql: "INSERT INTO training_wishes (person_id, trade, registered_on, recorded_by) VALUES (?, ?, ?, ?)",
                           arguments: [try id(wishes, line, f["id_number"]).value, f["trade"] ?? "",
                                       try day(wishes, line, f["registered_on"]).iso, Actor.system.auditText])
        }
        let publications = try table("job_publications.csv")
        for (line, f) in publications.records {
            let published = try day(publications, line, f["published_on"])
            try db.execute(sql: """
                INSERT INTO job_publications (published_on, postings, channel, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [published.iso, Int(f["postings"] ?? "") ?? 0, f["channel"] ?? "noticeBoard", Actor.system.auditText,
                                 Timestamp.text(clock.instant(on: published, hour: 9))])
        }
    }
}
