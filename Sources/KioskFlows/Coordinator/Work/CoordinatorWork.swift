import KioskDomain

/// The coordinator's work screens, one case per piece of work on the menu.
public enum CoordinatorWork: Sendable, Equatable {
    case rosters(RosterView)
    case homeVisits(HomeVisitForm)
    case deathReport(DeathReportForm)
    case reminders(ReminderForm)
    case absentVillager(AbsentVillagerForm)
    case employment(EmploymentWorkForm)

    /// The menu entry this work belongs to (back from its first screen returns there).
    public var choice: CoordinatorChoice {
        switch self {
        case .rosters: .rosters
        case .homeVisits: .homeVisits
        case .deathReport: .deathReport
        case .reminders: .reminders
        case .absentVillager: .actForAbsentVillager
        case .employment: .employment
        }
    }

    /// The message key of the work's title.
    public var titleKey: String { "coordinator.work.\(choice.rawValue).title" }
}

/// One death the monthly death report lists: recorded at the kiosk in the month (late ones marked), or known from
/// imported data and happened in the month.
public struct DeathListLine: Sendable, Equatable {
    public var name: String
    public var maskedID: String
    public var diedOn: CivilDate
    /// Who reported it; nil when the death is known from imported data or a cancellation.
    public var source: DeathSource?
    /// The day the death was recorded at the kiosk; nil for imported data.
    public var reportedOn: CivilDate?
    /// Which record says the person died.
    public var recordedBy: DeathRecordKind
    /// A cancellation still waits for the heir.
    public var cancellationPending: Bool
    /// Where the county stands on the record (a death report or cancellation waits until it accepts).
    public var countyStatus: CancellationApplicationStatus
    /// The county's reason when it refused.
    public var countyReason: String?

    /// A line; `recordedBy` defaults to a death report when there is a source, imported data when there is no day.
    public init(name: String, maskedID: String, diedOn: CivilDate, source: DeathSource?, reportedOn: CivilDate?,
                recordedBy: DeathRecordKind? = nil, cancellationPending: Bool,
                countyStatus: CancellationApplicationStatus = .accepted, countyReason: String? = nil) {
        self.countyStatus = countyStatus
        self.countyReason = countyReason
        self.name = name
        self.maskedID = maskedID
        self.diedOn = diedOn
        self.source = source
        self.reportedOn = reportedOn
        self.recordedBy = recordedBy ?? (reportedOn == nil ? .importedData : source == nil ? .cancellation : .deathReport)
        self.cancellationPending = cancellationPending
    }

    /// Recorded in a later month than the month of death (a late report, 补报).
    public var isLate: Bool { MonthlyDeathReport.isLate(diedOn: diedOn, reportedOn: reportedOn) }
}

/// One person on the tax office's non-payer list who still needs a reminder this month.
public struct ReminderLine: Sendable, Equatable {
    public var personID: IDNumber
    public var name: String
    public var year: Int
    public var amountDue: Money
    public var phone: String?
    public var lastRemindedOn: CivilDate?

    /// A line.
    public init(personID: IDNumber, name: String, year: Int, amountDue: Money, phone: String?, lastRemindedOn: CivilDate?) {
        self.personID = personID
        self.name = name
        self.year = year
        self.amountDue = amountDue
        self.phone = phone
        self.lastRemindedOn = lastRemindedOn
    }
}
