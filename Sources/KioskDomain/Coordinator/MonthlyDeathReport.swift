import Foundation

/// How the kiosk knows of a death: which record says the person died.
public enum DeathRecordKind: String, Sendable, Codable, CaseIterable {
    /// A death report (死亡报告) made at this kiosk.
    case deathReport
    /// A cancellation on death (注销登记) made at this kiosk without a death report before it.
    case cancellation
    /// Imported data (e.g. the village's demo or upstream records) with no record made at this kiosk.
    case importedData
}

/// Which monthly death report (死亡人员月报) lists a death, and whether the death was found late.
///
/// Rule, assumed: the seed (DOMAIN.md, coordinator work item 7) asks for a monthly report of the insured people who
/// died, without saying which day counts. The kiosk lists a death in the month it was *recorded here*, counted in the
/// kiosk's time zone (Asia/Shanghai), so every recorded death is in exactly one monthly report, however late it was
/// found: the sheet the coordinator sends each month never misses one that came in after the last sheet. A death
/// recorded in a later month than the month of death is marked late and shows its day of death. A death known only
/// from imported data has no day of record here and is listed in its month of death. The pension rule does not
/// change: it is due through the month of death and stops from the month after (see `DeathReportDecision`).
public enum MonthlyDeathReport {
    /// The month whose report lists a death recorded on `reportedOn` (nil: imported data, the month of death).
    public static func month(reportedOn: CivilDate?, diedOn: CivilDate) -> CalendarMonth {
        CalendarMonth(reportedOn ?? diedOn)
    }

    /// The month whose report lists a death recorded at `instant`, as the calendar in `timeZone` counts it.
    public static func month(recordedAt instant: Date, in timeZone: TimeZone) -> CalendarMonth {
        CalendarMonth(CivilDate(instant, in: timeZone))
    }

    /// Whether a death was found late: recorded in a later month than the month of death.
    public static func isLate(diedOn: CivilDate, reportedOn: CivilDate?) -> Bool {
        guard let reportedOn else { return false }
        return CalendarMonth(diedOn) < CalendarMonth(reportedOn)
    }
}

extension DeathReport {
    /// The month whose monthly death report lists this report: the month it was made.
    public var reportMonth: CalendarMonth { MonthlyDeathReport.month(reportedOn: reportedOn, diedOn: diedOn) }

    /// Whether the death is reported in a later month than the month of death.
    public var isLate: Bool { MonthlyDeathReport.isLate(diedOn: diedOn, reportedOn: reportedOn) }
}
