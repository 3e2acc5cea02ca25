/// What a job seeker wants: the profile matching reads (求职登记).
///
/// Source: issue item 3 (place the person accepts, occupation and trade, industry, wage against expectation). A profile
/// with neither an occupation, a trade nor an industry wished, or no farthest place accepted, is too empty to match
/// (assumed threshold): it is listed as "profile incomplete", never given arbitrary jobs.
public struct JobSeekerProfile: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var name: String
    /// The person's employment status when registering (a seeker may be out of work or want a change), when given.
    public var status: EmploymentStatus?
    /// The farthest place the person accepts.
    public var farthestPlace: PlaceOfWork?
    public var occupations: [OccupationCode]
    public var industries: [IndustrySection]
    /// The trade the person has or is trained in (e.g. 电工), matched against job titles.
    public var trade: String?
    /// Expected monthly wage in yuan.
    public var expectedWage: Int?
    public var phone: PhoneNumber?
    public var registeredOn: CivilDate

    /// A profile.
    public init(personID: IDNumber, name: String, farthestPlace: PlaceOfWork?, occupations: [OccupationCode] = [],
                industries: [IndustrySection] = [], trade: String? = nil, expectedWage: Int? = nil, phone: PhoneNumber? = nil,
                registeredOn: CivilDate, status: EmploymentStatus? = nil) {
        self.personID = personID
        self.name = name
        self.status = status
        self.farthestPlace = farthestPlace
        self.occupations = occupations
        self.industries = industries
        self.trade = trade.flatMap { $0.isEmpty ? nil : $0 }
        self.expectedWage = expectedWage
        self.phone = phone
        self.registeredOn = registeredOn
    }

    /// Whether the profile says enough to match.
    public var isComplete: Bool {
        farthestPlace != nil && hasWish
    }

    /// Whether an occupation, a trade or an industry is wished.
    var hasWish: Bool { !occupations.isEmpty || trade != nil || !industries.isEmpty }

    /// What the profile lacks before it can be matched, in the order a person fills it in; empty when complete.
    public var gaps: [JobSeekerProfileGap] {
        var missing: [JobSeekerProfileGap] = []
        if !hasWish { missing.append(.wish) }
        if farthestPlace == nil { missing.append(.farthestPlace) }
        return missing
    }

    /// Age on a day (from the ID number).
    public func age(on day: CivilDate) -> Int { personID.birthDate.age(on: day) }
}

/// What a job seeker's profile lacks before it can be matched (the thresholds of `JobSeekerProfile.isComplete`).
public enum JobSeekerProfileGap: String, CaseIterable, Hashable, Sendable {
    /// Neither an occupation, a trade nor an industry is wished.
    case wish
    /// No farthest place accepted.
    case farthestPlace

    /// The key of its name in the string tables.
    public var messageKey: String { "employment.villager.gap.\(rawValue)" }
}
