/// What a job seeker wants: the profile matching reads (求职登记).
///
/// Source: issue item 3 (place the person accepts, occupation and trade, industry, wage against expectation). A profile
/// with neither an occupation, a trade nor an industry wished, or no farthest place accepted, is too empty to match
/// (assumed threshold): it is listed as "profile incomplete", never given arbitrary jobs.
public struct JobSeekerProfile: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var name: String
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
                registeredOn: CivilDate) {
        self.personID = personID
        self.name = name
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
        farthestPlace != nil && (!occupations.isEmpty || trade != nil || !industries.isEmpty)
    }

    /// Age on a day (from the ID number).
    public func age(on day: CivilDate) -> Int { personID.birthDate.age(on: day) }
}
