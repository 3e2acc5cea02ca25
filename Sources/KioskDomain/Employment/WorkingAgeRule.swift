/// Who gets a labour-force record each month: a villager of working age.
///
/// Source: issue item 1 (16 and over, not a full-time student, below pension age unless still working). The minimum
/// age 16 is the Labour Law's (劳动法 第十五条, also the pension scheme's minimum age in DOMAIN.md); pension age 60 is
/// the residents' scheme's (DOMAIN.md, benefit claim). "Still working" is read from the person's latest record.
public enum WorkingAgeRule {
    /// The youngest age with a record.
    public static let minimumAge = 16
    /// The age from which only people still working have one.
    public static let pensionAge = 60

    /// Whether a person has a record for the month containing `day`, given whether their latest record has work.
    public static func isCovered(_ person: Person, on day: CivilDate, stillWorking: Bool) -> Bool {
        guard person.diedOn.map({ $0 > day }) ?? true, !person.isFullTimeStudent else { return false }
        let age = person.age(on: day)
        guard age >= minimumAge else { return false }
        return age < pensionAge || stillWorking
    }
}
