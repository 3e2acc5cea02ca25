/// Payment stopped because the yearly certification was missed (reason: no proof of life).
public struct PensionSuspension: Hashable, Sendable, Codable {
    public var personID: IDNumber
    /// The certification due date that passed.
    public var missedDue: CivilDate
    /// First month not paid: the month after the one the due date falls in.
    public var fromMonth: CivilDate
    public var account: InsuranceAccount

    /// The suspension due on a day, or nil when the person is certified or not receiving a pension.
    public static func ifOverdue(account: InsuranceAccount, today: CivilDate) -> PensionSuspension? {
        guard account.status == .receivingPension, let due = account.certifiedUntil, today > due else { return nil }
        let from = due.firstOfMonth.adding(months: 1)
        var next = account
        next.status = .pensionSuspended
        next.suspendedFromMonth = from
        return PensionSuspension(personID: account.personID, missedDue: due, fromMonth: from, account: next)
    }
}
