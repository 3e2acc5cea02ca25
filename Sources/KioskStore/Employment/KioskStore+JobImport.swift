import Foundation
import GRDB
import KioskDomain

/// The upper office's job list as CSV (`kiosk import jobs FILE`).
extension KioskStore {
    /// The columns a job file must have; `credit_code`, `age_min`, `age_max`, `sex_required`, `sex_ground` and `filled`
    /// are optional.
    public static let jobColumns = ["id", "employer", "title", "occupation", "industry", "place", "wage_min", "wage_max",
                                    "headcount", "contact", "posted_on", "valid_until"]

    /// Imports postings from the upper office. A malformed row, or one breaking a posting rule, is reported with its
    /// line number and the rest imported; a row whose id is already registered is reported and left as it was, unless
    /// `updatingHeld` (the county's newer version of its list): then a held posting of the same source whose fields
    /// changed is updated in place (audited, counted), an unchanged one left alone, never a second copy.
    public func importJobs(csv text: String, source: JobPosting.Source = .upperOffice, actor: Actor,
                           at instant: Date, updatingHeld: Bool = false) throws(CSVImportError) -> ImportReport {
        let table = try CSVImportTable(text: text, required: Self.jobColumns)
        var problems = table.problems
        var valid: [(line: Int, job: JobPosting)] = []
        for (line, f) in table.rows {
            func bad(_ reason: String) { problems.append(CSVRowProblem(line: line, reason: reason)) }
            func optionalInt(_ key: String) -> Int?? {
                guard let text = f[key], !text.isEmpty else { return .some(nil) }
                return Int(text).map { .some($0) } ?? .none
            }
            guard let id = f["id"], !id.isEmpty else { bad("id is empty"); continue }
            guard let occupation = OccupationCode(code: f["occupation"] ?? "") else { bad("occupation is not a group such as 6 or 6-29"); continue }
            guard let industry = IndustrySection(rawValue: (f["industry"] ?? "").uppercased()) else { bad("industry is not a section A-T"); continue }
            guard let place = PlaceOfWork(code: f["place"] ?? "") else {
                bad("place is not one of \(PlaceOfWork.allCases.map(\.code).joined(separator: ", "))"); continue
            }
            guard let low = Int(f["wage_min"] ?? ""), let high = Int(f["wage_max"] ?? "") else { bad("wage_min and wage_max must be whole yuan"); continue }
            guard let headcount = Int(f["headcount"] ?? "") else { bad("headcount is not a number"); continue }
            guard let posted = CivilDate(iso: f["posted_on"] ?? ""), let until = CivilDate(iso: f["valid_until"] ?? "") else {
                bad("posted_on and valid_until must be YYYY-MM-DD"); continue
            }
            guard let ageMin = optionalInt("age_min"), let ageMax = optionalInt("age_max"), let filled = optionalInt("filled") else {
                bad("age_min, age_max and filled must be whole numbers"); continue
            }
            var credit: UnifiedSocialCreditCode?
            if let text = f["credit_code"], !text.isEmpty {
                guard let code = UnifiedSocialCreditCode(text) else { bad("credit_code is not a valid unified social credit code"); continue }
                credit = code
            }
            var sex: Sex?
            if let text = f["sex_required"], !text.isEmpty {
                guard let value = Sex(rawValue: text) else { bad("sex_required must be male or female"); continue }
                sex = value
            }
            let job = JobPosting(id: id, employer: f["employer"] ?? "", creditCode: credit, title: f["title"] ?? "",
                                 occupation: occupation, industry: industry, place: place, wageMin: low, wageMax: high,
                                 headcount: headcount, filled: filled ?? 0, ageMin: ageMin, ageMax: ageMax, sexRequired: sex,
                                 sexGround: f["sex_ground"], contact: f["contact"] ?? "", source: source, postedOn: posted,
                                 validUntil: until)
            if let problem = job.problems.first { bad(Self.importReason(problem)); continue }
            valid.append((line, job))
        }
        var imported = 0
        do {
            try database.write { db in
                for (line, job) in valid {
                    if let held = try Row.fetchOne(db, sql: "SELECT * FROM job_postings WHERE id = ?", arguments: [job.id]) {
                        guard updatingHeld, let posting = Self.jobPosting(held), posting.source == job.source else {
                            problems.append(CSVRowProblem(line: line, reason: "id \(job.id) is already registered"))
                            continue
                        }
                        guard posting != job else { continue }
                        try updateJob(db, job, actor: actor, at: instant)
                        imported += 1
                        continue
                    }
                    try insertJob(db, job, actor: actor, at: instant)
                    imported += 1
                }
            }
        } catch {
            throw .empty
        }
        problems.sort { $0.line < $1.line }
        return ImportReport(imported: imported, problems: problems)
    }

    static func importReason(_ problem: JobPostingProblem) -> String {
        switch problem {
        case .missing(let field): "\(field) is empty"
        case .wageRange(let low, let high): "wage range \(low)-\(high) is not valid"
        case .headcount(let count): "headcount \(count) must be at least 1"
        case .ageRange(let low, let high): "age range \(low)-\(high) is not valid"
        case .belowMinimumAge(let age): "age_min \(age) is below the legal working age \(WorkingAgeRule.minimumAge)"
        case .sexRequirementWithoutGround: "sex_required needs sex_ground (the legal ground)"
        case .validUntilBeforePosted: "valid_until is before posted_on"
        }
    }
}
