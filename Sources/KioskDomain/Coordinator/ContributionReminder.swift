/// How a villager was reminded to pay.
public enum ReminderChannel: String, Sendable, Codable, CaseIterable {
    case phone
    case visit
    case sms

    /// The message key of the channel's display name.
    public var messageKey: String { "reminder.channel.\(rawValue)" }
}

/// A person on the tax office's list of residents who have not paid this year's contribution.
public struct NonPayer: Hashable, Sendable, Codable {
    public var idNumber: IDNumber
    public var name: String
    /// The scheme year not paid.
    public var year: Int
    public var amountDue: Money
    /// A phone number on the tax office's list, if any.
    public var phone: PhoneNumber?

    /// A non-payer.
    public init(idNumber: IDNumber, name: String, year: Int, amountDue: Money, phone: PhoneNumber? = nil) {
        self.idNumber = idNumber
        self.name = name
        self.year = year
        self.amountDue = amountDue
        self.phone = phone
    }
}

/// One reminder to pay (缴费提醒) given by the coordinator.
public struct ContributionReminder: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var remindedOn: CivilDate
    public var channel: ReminderChannel
    /// The coordinator's staff ID.
    public var coordinatorID: String
    /// A short note, e.g. "will pay at the bank on Friday".
    public var note: String

    /// A reminder.
    public init(personID: IDNumber, remindedOn: CivilDate, channel: ReminderChannel, coordinatorID: String,
                note: String = "") {
        self.personID = personID
        self.remindedOn = remindedOn
        self.channel = channel
        self.coordinatorID = coordinatorID
        self.note = note
    }

    /// The month the reminder counts for.
    public var month: CalendarMonth { CalendarMonth(remindedOn) }
}

/// Why a reminder is not recorded.
public enum ReminderRefusal: Error, Hashable, Sendable {
    /// The person was already reminded in the month (on the day given).
    case alreadyRemindedThisMonth(on: CivilDate)
    /// The person is not on the non-payer list for any open year.
    case notOnNonPayerList
    /// The person has died.
    case deceased

    /// The message key of the text shown for this refusal.
    public var messageKey: String {
        switch self {
        case .alreadyRemindedThisMonth: "reminder.refusal.alreadyReminded"
        case .notOnNonPayerList: "reminder.refusal.notOnList"
        case .deceased: "reminder.refusal.deceased"
        }
    }

    /// Values the message inserts, by placeholder name.
    public var parameters: [String: String] {
        switch self {
        case .alreadyRemindedThisMonth(let day): ["date": day.iso]
        case .notOnNonPayerList, .deceased: [:]
        }
    }
}

/// The reminder rule: each person on the non-payer list is reminded at most once a calendar month.
public enum ReminderRule {
    /// Whether a reminder on `day` may be recorded, given the person's earlier reminders.
    public static func check(on day: CivilDate, earlier: [ContributionReminder], onNonPayerList: Bool,
                             diedOn: CivilDate? = nil) -> ReminderRefusal? {
        if let diedOn, diedOn <= day { return .deceased }
        if !onNonPayerList { return .notOnNonPayerList }
        let month = CalendarMonth(day)
        if let same = earlier.filter({ $0.month == month }).map(\.remindedOn).min() {
            return .alreadyRemindedThisMonth(on: same)
        }
        return nil
    }

    /// Whether someone reminded last on `lastReminded` still needs a reminder in the month of `day`.
    public static func needsReminder(on day: CivilDate, lastReminded: CivilDate?) -> Bool {
        guard let lastReminded else { return true }
        return CalendarMonth(lastReminded) < CalendarMonth(day)
    }
}
