import Foundation

/// A job offered to the village: from the upper office or a local employer (seed item 3).
///
/// Source: issue item 2 for the fields. A sex requirement is kept only with its legal ground: the Employment
/// Promotion Law (就业促进法 第二十七条) forbids refusing women except for work the state lists as unsuitable for them
/// (女职工劳动保护特别规定, annex), so a posting naming a sex without a ground is refused (`JobPostingProblem`).
public struct JobPosting: Hashable, Sendable, Codable {
    /// Where a posting came from.
    public enum Source: String, CaseIterable, Hashable, Sendable, Codable {
        /// Provided by the upper human-resources office (上级人社部门).
        case upperOffice
        /// Provided by an employer in the village's area (辖区内用人单位).
        case localEmployer
    }

    public var id: String
    public var employer: String
    /// The employer's unified social credit code (统一社会信用代码), when known.
    public var creditCode: UnifiedSocialCreditCode?
    public var title: String
    public var occupation: OccupationCode
    public var industry: IndustrySection
    /// Where the work is, seen from the village.
    public var place: PlaceOfWork
    /// Monthly wage range in yuan.
    public var wageMin: Int
    public var wageMax: Int
    /// People wanted, and how many places are already filled.
    public var headcount: Int
    public var filled: Int
    public var ageMin: Int?
    public var ageMax: Int?
    /// Only where the law allows, with `sexGround` saying why.
    public var sexRequired: Sex?
    public var sexGround: String?
    public var contact: String
    public var source: Source
    public var postedOn: CivilDate
    public var validUntil: CivilDate

    /// A posting.
    public init(id: String, employer: String, creditCode: UnifiedSocialCreditCode? = nil, title: String,
                occupation: OccupationCode, industry: IndustrySection, place: PlaceOfWork, wageMin: Int, wageMax: Int,
                headcount: Int, filled: Int = 0, ageMin: Int? = nil, ageMax: Int? = nil, sexRequired: Sex? = nil,
                sexGround: String? = nil, contact: String, source: Source, postedOn: CivilDate, validUntil: CivilDate) {
        self.id = id
        self.employer = employer
        self.creditCode = creditCode
        self.title = title
        self.occupation = occupation
        self.industry = industry
        self.place = place
        self.wageMin = wageMin
        self.wageMax = wageMax
        self.headcount = headcount
        self.filled = filled
        self.ageMin = ageMin
        self.ageMax = ageMax
        self.sexRequired = sexRequired
        self.sexGround = sexGround
        self.contact = contact
        self.source = source
        self.postedOn = postedOn
        self.validUntil = validUntil
    }

    /// Places still open.
    public var placesLeft: Int { max(0, headcount - filled) }

    /// Whether the posting is open on a day: posted, not expired, places left.
    public func isOpen(on day: CivilDate) -> Bool {
        postedOn <= day && day <= validUntil && placesLeft > 0
    }

    /// What is wrong with the posting, empty when it may be registered.
    public var problems: [JobPostingProblem] {
        var found: [JobPostingProblem] = []
        if employer.trimmingCharacters(in: .whitespaces).isEmpty { found.append(.missing(field: "employer")) }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { found.append(.missing(field: "title")) }
        if contact.trimmingCharacters(in: .whitespaces).isEmpty { found.append(.missing(field: "contact")) }
        if wageMin <= 0 || wageMax < wageMin { found.append(.wageRange(min: wageMin, max: wageMax)) }
        if headcount <= 0 { found.append(.headcount(headcount)) }
        if let low = ageMin, let high = ageMax, high < low { found.append(.ageRange(min: low, max: high)) }
        if let low = ageMin, low < WorkingAgeRule.minimumAge { found.append(.belowMinimumAge(low)) }
        if sexRequired != nil && (sexGround ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            found.append(.sexRequirementWithoutGround)
        }
        if validUntil < postedOn { found.append(.validUntilBeforePosted) }
        return found
    }
}

/// Why a job posting cannot be registered.
public enum JobPostingProblem: Hashable, Sendable, UserExplainable {
    case missing(field: String)
    case wageRange(min: Int, max: Int)
    case headcount(Int)
    case ageRange(min: Int, max: Int)
    case belowMinimumAge(Int)
    case sexRequirementWithoutGround
    case validUntilBeforePosted

    public var userMessage: UserMessage {
        switch self {
        case .missing(let field): UserMessage("employment.job.problem.missing", nested: ["field": UserMessage("employment.job.field.\(field)")])
        case .wageRange(let low, let high): UserMessage("employment.job.problem.wage", ["min": String(low), "max": String(high)])
        case .headcount(let count): UserMessage("employment.job.problem.headcount", ["count": String(count)])
        case .ageRange(let low, let high): UserMessage("employment.job.problem.ageRange", ["min": String(low), "max": String(high)])
        case .belowMinimumAge(let age): UserMessage("employment.job.problem.minimumAge", ["age": String(age), "minimum": String(WorkingAgeRule.minimumAge)])
        case .sexRequirementWithoutGround: UserMessage("employment.job.problem.sex")
        case .validUntilBeforePosted: UserMessage("employment.job.problem.validity")
        }
    }
}
