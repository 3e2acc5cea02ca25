/// A qualification certification (资格认证): the record, the back-pay if payment was suspended, the account after.
public struct CertificationDecision: Hashable, Sendable, Codable {
    public var certification: Certification
    public var account: InsuranceAccount

    /// Decides a certification on a day.
    ///
    /// Certification is possible at any time, and the next one is due `validMonths` (12) after this one, so two
    /// certifications are never more than 12 months apart (policy field `certification`, with its source). A
    /// suspended pension resumes this month, and each month from the one it stopped until the month before this
    /// one is paid back at the amount in force for that month (`PensionInPayment`).
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory, policy: PolicyTable,
                              policies: PolicyBook, method: CertificationMethod,
                              today: CivilDate) -> ServiceOutcome<CertificationDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        let isPensioner = account.status == .receivingPension || account.status == .pensionSuspended
        if !isPensioner { refusals.append(.notReceivingPension) }
        guard refusals.isEmpty else { return .refused(refusals) }

        let nextDue = today.adding(months: policy.certification.validMonths)
        var backMonths = 0
        var backPay = Money.zero
        if account.status == .pensionSuspended, let from = account.suspendedFromMonth,
           let payment = PensionInPayment(account: account, contributionYears: history.contributionYears,
                                          region: person.registeredRegion, policies: policies) {
            let lastUnpaid = today.firstOfMonth.adding(months: -1)
            let months = payment.months(from: from, through: lastUnpaid)
            backMonths = months.count
            backPay = months.reduce(.zero) { $0 + $1.amount }
        }
        let certification = Certification(personID: person.id, year: today.year, method: method, certifiedOn: today,
                                          nextDue: nextDue, backPaidMonths: backMonths, backPay: backPay)
        var next = account
        next.status = .receivingPension
        next.certifiedUntil = nextDue
        next.suspendedFromMonth = nil
        return .decided(CertificationDecision(certification: certification, account: next))
    }
}
