/// A pension claim (待遇申领): the claim with its estimate, and the account now receiving a pension.
public struct BenefitClaimDecision: Hashable, Sendable, Codable {
    public var claim: BenefitClaim
    public var account: InsuranceAccount

    /// Decides a claim on a day; the pension starts `schemeTimings.pensionStartsMonthsAfterClaim` months after the
    /// claim's month (the month after it in the shipped tables, assumed).
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, bankAccount: BankAccount,
                              today: CivilDate) -> ServiceOutcome<BenefitClaimDecision> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        switch account.status {
        case .notEnrolled: refusals.append(.notEnrolled)
        case .terminated: refusals.append(.accountTerminated)
        case .receivingPension, .pensionSuspended: refusals.append(.alreadyReceivingPension)
        case .paying, .paymentSuspended: break
        }
        if account.transferPending { refusals.append(.transferPending) }
        // One basic pension only: Guo Fa [2014] No. 8 §8 and 人社部发〔2014〕17号 (no drawing from both schemes).
        if person.drawsOtherBasicPension { refusals.append(.drawingOtherBasicPension) }
        if account.cancellationPending { refusals.append(.cancellationPending) }
        let pensionDay = person.birthDate.anniversary(policy.pensionAge)
        if today < pensionDay { refusals.append(.belowPensionAge(eligibleOn: pensionDay)) }
        let required = BackPaymentPlan.requiredYears(birthDate: person.birthDate, policy: policy)
        let paid = history.contributionYears
        if paid < required {
            let short = required - paid
            refusals.append(.insufficientYears(paid: paid, required: required, short: short,
                                               backPayment: .yuan(policy.lowestTier.yuan) * short))
        }
        guard refusals.isEmpty else { return .refused(refusals) }

        let startMonth = today.firstOfMonth.adding(months: policy.schemeTimings.pensionStartsMonthsAfterClaim)
        let estimate = PensionEstimate.make(history: history, policy: policy, on: today)
        let claim = BenefitClaim(personID: person.id, claimedOn: today, startMonth: startMonth,
                                 estimate: estimate, bankAccount: bankAccount)
        var next = account
        next.status = .receivingPension
        next.pensionStartMonth = startMonth
        next.monthlyPension = estimate.monthly
        next.personalAccountPension = estimate.personalAccountPension
        next.pensionBankAccount = bankAccount
        next.certifiedUntil = today.adding(months: policy.certification.validMonths)
        next.suspendedFromMonth = nil
        return .decided(BenefitClaimDecision(claim: claim, account: next))
    }
}
