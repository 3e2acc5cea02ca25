/// The plan's targets for job postings: at least one publication a week, postings in a year at least 3x the village
/// labour force and at least 1.1x last year's.
///
/// Source: seed item 3 (每周至少发布一次; 每年发布岗位个数不少于本村辖区内劳动力总数的3倍，并按照每年不少于10%的数量递增;
/// annex: 每年发布就业岗位数量不少于上年的1.1倍). A week is Monday to Sunday (assumed, as the Chinese calendar week); a
/// posting counts once, in the year it was posted, whatever its headcount (assumed).
public enum JobPostingTargets {
    public static let labourForceMultiple = 3
    /// Growth over last year, as tenths (11 = 1.1x).
    public static let growthTenths = 11

    /// The postings a year needs: 3x the labour force and 1.1x last year's (rounded up), whichever is more.
    public static func yearlyTarget(labourForce: Int, lastYear: Int?) -> Int {
        let growth = lastYear.map { ($0 * growthTenths + 9) / 10 } ?? 0
        return max(labourForce * labourForceMultiple, growth)
    }

    /// Whether the 3x target is met.
    public static func meetsLabourForceTarget(postings: Int, labourForce: Int) -> Bool {
        postings >= labourForce * labourForceMultiple
    }

    /// Whether the 1.1x target is met (true when there is no last year to compare with).
    public static func meetsGrowthTarget(postings: Int, lastYear: Int?) -> Bool {
        guard let lastYear else { return true }
        return postings * 10 >= lastYear * growthTenths
    }

    /// The Monday of the week a day falls in.
    public static func weekStart(_ day: CivilDate) -> CivilDate {
        // 1970-01-01 was a Thursday: day number 0 is weekday 3 counting Monday as 0.
        let weekday = ((day.dayNumber + 3) % 7 + 7) % 7
        return day.adding(days: -weekday)
    }

    /// The Mondays of the weeks from `from` through `through` (whole or part) without a publication.
    public static func weeksWithoutPublication(_ published: [CivilDate], from: CivilDate, through: CivilDate) -> [CivilDate] {
        let done = Set(published.map(weekStart))
        var missing: [CivilDate] = []
        var week = weekStart(from)
        while week <= through {
            if !done.contains(week) { missing.append(week) }
            week = week.adding(days: 7)
        }
        return missing
    }

    /// The weeks, whole or part, from `from` through `through`.
    public static func weeks(from: CivilDate, through: CivilDate) -> Int {
        guard from <= through else { return 0 }
        return (weekStart(through).dayNumber - weekStart(from).dayNumber) / 7 + 1
    }
}
