/// When a month's labour-force records are due, and whether they came in on time.
///
/// Source: seed item 2 (每月5日前将上月核实后的就业信息更新录入): last month's verified records are entered by the 5th.
/// The kiosk reads "5日前" as "on or before the 5th" (assumed: the annex's assessment asks for entry 于每月5日前 and no
/// source moves the day). The rule is the 5th even when it falls on a weekend or holiday: no source moves it.
public enum LabourForceDeadline {
    /// The day of the month the previous month's records are due by.
    public static let dueDayOfMonth = 5

    /// The last day a month's records may be entered on time: the 5th of the following month.
    public static func dueDay(for month: CalendarMonth) -> CivilDate {
        CivilDate(year: month.next.year, month: month.next.month, day: dueDayOfMonth)!
    }

    /// The month whose records are being collected on `day`: the previous month.
    public static func monthDue(on day: CivilDate) -> CalendarMonth { CalendarMonth(day).previous }

    /// The month the coordinator's confirmation screen works on, on a day: up to the 5th the previous month (its
    /// records are due that day), from the 6th this month, verified as it goes and due by the next 5th (assumed: the
    /// seed asks for monthly collection and entry by the 5th without naming the day of collection).
    public static func monthToConfirm(on day: CivilDate) -> CalendarMonth {
        day.day <= dueDayOfMonth ? CalendarMonth(day).previous : CalendarMonth(day)
    }

    /// The latest month whose due day has passed on a day: the month the monthly reports (the long-term unemployed)
    /// are made for, complete as far as the records go.
    public static func lastClosedMonth(on day: CivilDate) -> CalendarMonth {
        let previous = CalendarMonth(day).previous
        return isOverdue(previous, on: day) ? previous : previous.previous
    }

    /// Whether a record of `month` entered on `enteredOn` was on time.
    public static func isOnTime(_ month: CalendarMonth, enteredOn: CivilDate) -> Bool {
        enteredOn <= dueDay(for: month)
    }

    /// Whether a month's records still missing on `day` are overdue.
    public static func isOverdue(_ month: CalendarMonth, on day: CivilDate) -> Bool {
        day > dueDay(for: month)
    }
}

/// The deadline tracker's view of one month: who is entered, who is missing, and whether it is overdue.
public struct LabourForceDeadlineStatus: Hashable, Sendable {
    public var month: CalendarMonth
    public var dueDay: CivilDate
    /// Entered for the month, on time.
    public var enteredOnTime: Int
    /// Entered for the month after the due day.
    public var enteredLate: Int
    /// Covered people with no record for the month.
    public var missing: [IDNumber]
    /// True when the due day has passed and someone is missing.
    public var isOverdue: Bool

    /// The status of `month` on `day` for the covered people, the first version of each record counting for "on time".
    public init(month: CalendarMonth, on day: CivilDate, covered: [IDNumber], firstEntered: [IDNumber: CivilDate]) {
        self.month = month
        dueDay = LabourForceDeadline.dueDay(for: month)
        var onTime = 0, late = 0
        var missing: [IDNumber] = []
        for person in covered {
            if let entered = firstEntered[person] {
                if LabourForceDeadline.isOnTime(month, enteredOn: entered) { onTime += 1 } else { late += 1 }
            } else {
                missing.append(person)
            }
        }
        enteredOnTime = onTime
        enteredLate = late
        self.missing = missing.sorted { $0.value < $1.value }
        isOverdue = !self.missing.isEmpty && LabourForceDeadline.isOverdue(month, on: day)
    }

    /// Whether every covered person was entered by the due day.
    public var allOnTime: Bool { missing.isEmpty && enteredLate == 0 }
}
