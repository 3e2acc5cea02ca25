import KioskDomain

/// A report as rows of text under column names: printed as a sheet or written as CSV.
public struct ReportTable: Hashable, Sendable {
    public var title: String
    /// Lines printed above the table (village, day, totals).
    public var notes: [String]
    public var header: [String]
    public var rows: [[String]]

    /// A table.
    public init(title: String, notes: [String] = [], header: [String], rows: [[String]]) {
        self.title = title
        self.notes = notes
        self.header = header
        self.rows = rows
    }

    /// The table as CSV bytes for spreadsheet programs (BOM, CRLF).
    public var csvData: [UInt8] { Array(CSVWriter.data(header: header, rows: rows)) }
}

/// The technician's reports and roster exports as tables (column names in English; IDs masked).
public enum CoordinatorReports {
    /// The coverage figures of a village on a day.
    public static func coverage(_ roster: VillageRoster, villageCode: String) -> ReportTable {
        let c = roster.coverage
        return ReportTable(
            title: "Insurance coverage", notes: ["village \(villageCode), \(roster.day.iso)"],
            header: ["village_code", "date", "adults", "insured", "uninsured", "coverage_percent", "target_percent",
                     "short_of_target"],
            rows: [[villageCode, roster.day.iso, String(c.adults), String(c.insured), String(c.uninsured),
                    String(c.percentText.dropLast()),
                    String(CoverageFigures.percentText(perMille: roster.coverageTargetPerMille).dropLast()),
                    String(roster.shortOfCoverageTarget)]])
    }

    /// The rosters that can be exported, by name.
    public enum Roster: String, CaseIterable, Sendable {
        case insured, uninsured, mobilisation
        case certificationDue = "certification-due"
        case approachingPension = "approaching-pension"
        case homeVisits = "home-visits"
    }

    /// One roster of a village on a day.
    public static func roster(_ kind: Roster, _ roster: VillageRoster, villageCode: String) -> ReportTable {
        let day = roster.day
        func base(_ e: RosterEntry) -> [String] {
            [e.person.name, e.person.id.masked, e.person.sex.rawValue, String(e.person.age(on: day)), e.account.status.rawValue]
        }
        let baseHeader = ["name", "id_number", "sex", "age", "status"]
        let notes = ["village \(villageCode), \(day.iso)"]
        switch kind {
        case .insured, .uninsured:
            let entries = kind == .insured ? roster.insuredAdults : roster.uninsuredAdults
            return ReportTable(title: "\(kind == .insured ? "Insured" : "Uninsured") adults", notes: notes,
                               header: baseHeader + ["employee_scheme"],
                               rows: entries.map { base($0) + [$0.person.inEmployeeScheme ? "yes" : "no"] })
        case .mobilisation:
            return ReportTable(title: "Mobilisation list", notes: notes, header: baseHeader + ["phone", "address"],
                               rows: roster.mobilisation.map { base($0) + [$0.person.phone?.value ?? "", $0.person.address] })
        case .certificationDue, .homeVisits:
            let overdue = Set(roster.certificationOverdue.map(\.person.id))
            let entries = kind == .homeVisits ? roster.homeVisits : roster.certificationOverdue + roster.certificationDue
            return ReportTable(title: kind == .homeVisits ? "Home visits" : "Certification due or overdue", notes: notes,
                               header: baseHeader + ["certified_until", "overdue", "needs_home_visit", "address"],
                               rows: entries.map {
                                   base($0) + [$0.account.certifiedUntil?.iso ?? "", overdue.contains($0.person.id) ? "yes" : "no",
                                               $0.needsHomeVisit ? "yes" : "no", $0.person.address]
                               })
        case .approachingPension:
            return ReportTable(title: "Reaching pension age within 12 months, short of years", notes: notes,
                               header: baseHeader + ["birth_date", "contribution_years", "phone"],
                               rows: roster.approachingPensionAge.map {
                                   base($0) + [$0.person.birthDate.iso, String($0.contributionYears),
                                               $0.person.phone?.value ?? ""]
                               })
        }
    }

    /// The monthly death report: the deaths recorded in the month, late ones marked (`late` = yes, with `died_on`).
    public static func deaths(_ lines: [DeathReportLine], month: CalendarMonth, villageCode: String) -> ReportTable {
        ReportTable(
            title: "Death report \(month.iso)",
            notes: ["village \(villageCode), \(lines.count) deaths, \(lines.filter(\.isLate).count) reported late",
                    "deaths recorded at the kiosk in \(month.iso) (kiosk time zone); late = died in an earlier month; "
                        + "deaths known only from imported data are listed in their month of death",
                    "status = the county's decision (pending until the county accepts; the pension stops only then)"],
            header: ["name", "id_number", "sex", "age", "died_on", "status", "county_reason", "account_status", "source",
                     "reported_on", "late", "recorded_by", "last_pension_month", "overpaid_yuan", "cancellation_pending"],
            rows: lines.map {
                [$0.person.name, $0.person.id.masked, $0.person.sex.rawValue, String($0.person.age(on: $0.diedOn)),
                 $0.diedOn.iso, $0.countyStatus.rawValue, $0.countyReason ?? "", $0.status.rawValue,
                 $0.source?.rawValue ?? "", $0.reportedOn?.iso ?? "",
                 $0.isLate ? "yes" : "no", $0.recordedBy.rawValue,
                 $0.lastPensionMonth.map { CalendarMonth($0).iso } ?? "", $0.overpaidPension.yuanText,
                 $0.cancellationPending ? "yes" : "no"]
            })
    }

    /// The monthly reminders report: reminders given, then listed people not reminded.
    public static func reminders(_ report: ReminderMonthReport) -> ReportTable {
        let given = report.reminders.map {
            [$0.name, $0.reminder.personID.masked, $0.reminder.remindedOn.iso, $0.reminder.channel.rawValue,
             $0.reminder.coordinatorID, $0.reminder.note]
        }
        let missing = report.notReminded.map { [$0.name, $0.idNumber.masked, "", "", "", "not reminded"] }
        return ReportTable(
            title: "Contribution reminders \(report.month.iso)",
            notes: ["\(report.reminders.count) reminded, \(report.notReminded.count) on the list not reminded"],
            header: ["name", "id_number", "reminded_on", "channel", "coordinator", "note"], rows: given + missing)
    }
}
