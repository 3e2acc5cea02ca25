/// A yearly certification (资格认证): the record, the back-pay if payment was suspended, the account after.
public struct CertificationDecision: Hashable, Sendable, Codable {
    public var certification: Certification
    public var account: InsuranceAccount

    /// Decides a certification on a day. It opens `opensDaysBeforeDue` days before the due date;
    /// certified early, the next due date is a period after the current one; certified late, a period after today.
    /// A suspended pension resumes this month and the suspended months before it are paid back.
    public static func decide(person: Person, account: InsuranceAccount, policy: PolicyTable,
                              method: CertificationMethod, today: CivilDate) -> ServiceOutcome<CertificationDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        let isPensioner = account.status == .receivingPension || account.status == .pensionSuspended
        if !isPensioner { refusals.append(.notReceivingPension) }
        let rule = policy.certification
        if isPensioner, account.status == .receivingPension, let due = account.certifiedUntil {
            let opens = due.adding(days: -rule.opensDaysBeforeDue)
            if today < opens { refusals.append(.certificationNotDue(opensOn: opens, dueOn: due)) }
        }
        guard refusals.isEmpty else { return .refused(refusals) }

        let nextDue: CivilDate
        if let due = account.certifiedUntil, today <= due {
            nextDue = due.adding(months: rule.validMonths)
        } else {
            nextDue = today.adding(months: rule.validMonths)
        }
        var backMonths = 0
        if account.status == .pensionSuspended, let from = account.suspendedFromMonth {
            backMonths = max(0, from.months(until: today.firstOfMonth))
        }
        let backPay = (account.monthlyPension ?? .zero) * backMonths
        let certification = Certification(personID: person.id, year: today.year, method: method, certifiedOn: today,
                                          nextDue: nextDue, backPaidMonths: backMonths, backPay: backPay)
        var next = account
        next.status = .receivingPension
        next.certifiedUntil = nextDue
        next.suspendedFromMonth = nil
        return .decided(CertificationDecision(certification: certification, account: next))
    }
}
