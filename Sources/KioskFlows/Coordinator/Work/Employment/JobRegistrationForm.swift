import KioskDomain

/// The coordinator registering a job on screen (岗位登记, seed item 3): one question a field, each answer checked when
/// Enter is pressed, then a summary checked against the posting's own rules (`JobPosting.problems`) before it is saved.
///
/// The employer's unified social credit code is optional, and when given its check character must be right
/// (GB 32100-2015, `UnifiedSocialCreditCode`); a sex requirement needs its legal ground (`JobPosting`); the posting
/// gets its id and its day of posting from the store when saved.
public struct JobRegistrationForm: Sendable, Equatable {
    /// The questions, in the order they are asked.
    public enum Field: String, CaseIterable, Sendable {
        case employer, creditCode, title, occupation, industry, place, wageMin, wageMax, headcount, ageMin, ageMax
        case sex, sexGround, contact, source, validUntil

        /// The message key of the question's label.
        public var labelKey: String { "employment.jobForm.\(rawValue)" }
        /// The message key of the note under the question (the choices, the format).
        public var noteKey: String { "employment.jobForm.\(rawValue).note" }

        /// Whether the field may be left empty.
        var isOptional: Bool {
            switch self {
            case .creditCode, .ageMin, .ageMax, .sex, .sexGround: true
            default: false
            }
        }

        /// What may be typed.
        var allowed: TextEntry.Allowed {
            switch self {
            case .place, .wageMin, .wageMax, .headcount, .ageMin, .ageMax, .sex, .source: .digits
            default: .text
            }
        }

        var maxLength: Int {
            switch self {
            case .place, .sex, .source: 1
            case .ageMin, .ageMax: 2
            case .wageMin, .wageMax: 6
            case .headcount: 4
            case .creditCode: 18
            case .occupation: 5
            case .industry: 1
            case .validUntil: 10
            default: 40
            }
        }
    }

    /// The answers so far, as typed.
    public var answers: [Field: String]
    /// The question asked; nil on the summary.
    public var field: Field?
    public var entry: TextEntry
    /// Why the last answer (or the summary) was not taken; nil when it was.
    public var problem: UserMessage?

    /// A blank form at its first question.
    public init() {
        answers = [:]
        field = Field.allCases.first
        entry = TextEntry(maxLength: Field.employer.maxLength, allowed: Field.employer.allowed)
        problem = nil
    }

    /// The form asking `field`, with its earlier answer typed in.
    func asking(_ field: Field?) -> JobRegistrationForm {
        var form = self
        form.field = field
        if let field {
            form.entry = TextEntry(answers[field] ?? "", maxLength: field.maxLength, allowed: field.allowed)
        }
        return form
    }

    /// The question after `field`: the legal ground only when a sex is required; nil after the last.
    func next(after field: Field) -> Field? {
        let all = Field.allCases
        guard var index = all.firstIndex(of: field).map({ $0 + 1 }) else { return nil }
        while index < all.count, all[index] == .sexGround, Self.sex(answers[.sex]) == nil { index += 1 }
        return index < all.count ? all[index] : nil
    }

    /// The question before `field`, skipping the legal ground the same way; nil before the first.
    func previous(before field: Field?) -> Field? {
        let all = Field.allCases
        var index = (field.flatMap { all.firstIndex(of: $0) } ?? all.count) - 1
        while index >= 0, all[index] == .sexGround, Self.sex(answers[.sex]) == nil { index -= 1 }
        return index >= 0 ? all[index] : nil
    }

    /// What is wrong with an answer to `field`, nil when it is taken (`today` for the last day of validity).
    static func problem(_ field: Field, _ text: String, today: CivilDate) -> UserMessage? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return field.isOptional ? nil : UserMessage("employment.jobForm.required") }
        switch field {
        case .creditCode:
            return UnifiedSocialCreditCode(text) == nil ? UserMessage("employment.jobForm.creditCode.invalid") : nil
        case .occupation:
            return OccupationCode(code: text) == nil ? UserMessage("employment.jobForm.occupation.invalid") : nil
        case .industry:
            return IndustrySection(rawValue: text.uppercased()) == nil ? UserMessage("employment.jobForm.industry.invalid") : nil
        case .place:
            return Int(text).flatMap(PlaceOfWork.init(rawValue:)) == nil ? UserMessage("employment.jobForm.choice.invalid") : nil
        case .sex:
            return ["0", "1", "2"].contains(text) ? nil : UserMessage("employment.jobForm.choice.invalid")
        case .source:
            return ["1", "2"].contains(text) ? nil : UserMessage("employment.jobForm.choice.invalid")
        case .validUntil:
            guard let day = CivilDate(iso: text) else { return UserMessage("employment.jobForm.validUntil.invalid") }
            return day < today ? UserMessage("employment.jobForm.validUntil.past", ["today": today.iso]) : nil
        case .wageMin, .wageMax, .headcount, .ageMin, .ageMax:
            return Int(text) == nil ? UserMessage("employment.jobForm.required") : nil
        case .employer, .title, .contact, .sexGround:
            return nil
        }
    }

    /// The sex a `sex` answer requires (1 male, 2 female), nil for none.
    static func sex(_ text: String?) -> Sex? {
        switch text {
        case "1": .male
        case "2": .female
        default: nil
        }
    }

    /// The posting the answers make, posted `today` (the store gives it its id when saved); nil while a required answer
    /// is missing or unreadable.
    public func posting(today: CivilDate) -> JobPosting? {
        func text(_ field: Field) -> String? {
            let value = answers[field]?.trimmingCharacters(in: .whitespaces) ?? ""
            return value.isEmpty ? nil : value
        }
        guard let employer = text(.employer), let title = text(.title), let contact = text(.contact),
              let occupation = text(.occupation).flatMap(OccupationCode.init(code:)),
              let industry = text(.industry).flatMap({ IndustrySection(rawValue: $0.uppercased()) }),
              let place = text(.place).flatMap(Int.init).flatMap(PlaceOfWork.init(rawValue:)),
              let wageMin = text(.wageMin).flatMap(Int.init), let wageMax = text(.wageMax).flatMap(Int.init),
              let headcount = text(.headcount).flatMap(Int.init),
              let validUntil = text(.validUntil).flatMap(CivilDate.init(iso:)) else { return nil }
        let sex = Self.sex(text(.sex))
        return JobPosting(id: "", employer: employer, creditCode: text(.creditCode).flatMap(UnifiedSocialCreditCode.init),
                          title: title, occupation: occupation, industry: industry, place: place, wageMin: wageMin,
                          wageMax: wageMax, headcount: headcount, ageMin: text(.ageMin).flatMap(Int.init),
                          ageMax: text(.ageMax).flatMap(Int.init), sexRequired: sex, sexGround: sex == nil ? nil : text(.sexGround),
                          contact: contact, source: text(.source) == "2" ? .upperOffice : .localEmployer, postedOn: today,
                          validUntil: validUntil)
    }
}
