import KioskDomain

/// How the demo village's dates move so that it is drawn up for the day the demo runs on instead of
/// its reference date (`village.json`'s `referenceDate`): every day moves by the same number of days,
/// so the same people are due, overdue, turning 60 or behind with payments on any day of any year.
///
/// A birth date is part of the ID number, so an ID number moves with it (same region, sequence and sex,
/// new check character); a month (pension start, suspension) becomes the month of its moved first day.
/// A contribution year moves by the number of calendar years between the two days, so "paid for this
/// year" and "this year not yet paid" stay true.
public struct DemoDayShift: Hashable, Sendable {
    /// Days added to every date.
    public let days: Int
    /// Years added to every contribution year.
    public let years: Int
    /// Calendar months added to every monthly record's month (labour-force records): the months between the two
    /// days, one fewer when today is before the demo's last entry day of a month, so no record is entered after today.
    public let months: Int
    /// The latest day of a month the demo's records of the previous month are entered on (a late one, the 7th).
    static let lastEntryDay = 8

    /// The shift that moves `reference` onto `today`.
    public init(from reference: CivilDate, to today: CivilDate) {
        days = today.dayNumber - reference.dayNumber
        years = today.year - reference.year
        months = reference.months(until: today) - (today.day < Self.lastEntryDay ? 1 : 0)
            + (reference.day < Self.lastEntryDay ? 1 : 0)
    }

    /// No shift: the village as drawn up.
    public static let none = DemoDayShift(from: CivilDate(year: 2000, month: 1, day: 1)!,
                                          to: CivilDate(year: 2000, month: 1, day: 1)!)

    /// A calendar day, moved.
    public func day(_ date: CivilDate) -> CivilDate { date.adding(days: days) }

    /// A contribution year, moved.
    public func year(_ year: Int) -> Int { year + years }

    /// A record's month, moved by whole calendar months, so a run of consecutive months stays consecutive.
    public func month(_ month: CalendarMonth) -> CalendarMonth { month.adding(months: months) }

    /// A day of a monthly record moved with its month: the same day of the month, in the month `months` later
    /// (its last day when that month is shorter), so a record entered by the 5th stays entered by the 5th.
    public func dayWithMonth(_ date: CivilDate) -> CivilDate { date.adding(months: months) }

    /// An ID number whose birth date moved: region and sequence kept, check character recomputed.
    public func idNumber(_ id: IDNumber) -> IDNumber {
        guard days != 0 else { return id }
        let digits = Array(id.value)
        let first17 = String(digits[0..<6]) + day(id.birthDate).compact + String(digits[14..<17])
        // The moved number keeps the original's shape, so it is always a valid ID number.
        return try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
    }

    /// An ID number given as text, moved; text that is no ID number is returned unchanged.
    public func idNumber(text: String) -> String {
        (try? IDNumber(text)).map { idNumber($0).value } ?? text
    }
}
