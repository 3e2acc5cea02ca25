import KioskDomain

/// A job seeker's answers while the villager fills in their wishes at the kiosk, pre-filled from the profile in force.
public struct JobSeekerDraft: Sendable, Equatable {
    /// The statuses a job seeker chooses from: out of work and wanting it, or working and wanting a change.
    public static let statuses: [EmploymentStatus] = [.unemployedWantingWork, .employed, .selfEmployedOrFarming]
    /// The highest expected monthly wage taken, in yuan (assumed bound against typing slips).
    public static let highestWage = 99_999

    public var status: EmploymentStatus?
    public var occupation: OccupationCode?
    public var industry: IndustrySection?
    public var place: PlaceOfWork?
    public var wage: Int?
    public var trade: String?

    /// A draft from the profile in force (one occupation and one industry are chosen at the kiosk).
    public init(_ profile: JobSeekerProfile?) {
        status = profile?.status
        occupation = profile?.occupations.first
        industry = profile?.industries.first
        place = profile?.farthestPlace
        wage = profile?.expectedWage
        trade = profile?.trade
    }

    /// The profile the draft makes for the person, registered on `file.today`.
    public func profile(_ file: VillagerFile) -> JobSeekerProfile {
        JobSeekerProfile(personID: file.person.id, name: file.person.name, farthestPlace: place,
                         occupations: occupation.map { [$0] } ?? [], industries: industry.map { [$0] } ?? [], trade: trade,
                         expectedWage: wage, phone: file.person.phone, registeredOn: file.today, status: status)
    }

    /// The confirmation's lines: every answer, and what is missing before jobs can be matched.
    public func lines(_ file: VillagerFile) -> [PendingRecord.Line] {
        let profile = profile(file)
        var lines = [
            PendingRecord.Line("employment.villager.confirm.status", status.map { DisplayValue.message($0.messageKey) } ?? .message("employment.villager.none")),
            PendingRecord.Line("employment.villager.confirm.occupation",
                               occupation.map { DisplayValue.message($0.messageKey) } ?? .message("employment.villager.any")),
            PendingRecord.Line("employment.villager.confirm.industry",
                               industry.map { DisplayValue.message($0.messageKey) } ?? .message("employment.villager.any")),
            PendingRecord.Line("employment.villager.confirm.place", place.map { DisplayValue.message($0.messageKey) } ?? .message("employment.villager.none"),
                               keyFigure: true),
            PendingRecord.Line("employment.villager.confirm.wage", wage.map { DisplayValue.money(.yuan($0)) } ?? .message("employment.villager.none"),
                               keyFigure: true),
            PendingRecord.Line("employment.villager.confirm.trade", trade.map { DisplayValue.text($0) } ?? .message("employment.villager.none")),
        ]
        for gap in profile.gaps {
            lines.append(PendingRecord.Line("employment.villager.confirm.gap", .message(gap.messageKey)))
        }
        return lines
    }
}
