/// Which business needs the card holder's own card PIN, checked by the card, before it is recorded.
///
/// Source: the county's rule that a card read is not proof that its holder is present (the kiosk's security
/// review, issue "a card is not a password"): what moves money or a person's standing needs the PIN of the
/// social-security card (ISO/IEC 7816-4 VERIFY); queries, plain registrations (a job seeker's wishes and a training wish among them) and a printed contribution certificate (a statement of the account) do not. Which acts count is
/// assumed from that rule: a benefit claim, a cancellation, a transfer, a self-service certification, and an
/// enrolment or contribution that signs or changes a bank withholding agreement.
public enum CardholderPINRule {
    /// Whether `event` needs the card PIN; `before` is the account as it stood when the session began.
    public static func needsCardPIN(_ event: BusinessEvent, before: InsuranceAccount) -> Bool {
        switch event {
        case .cancellation(let decision):
            // A cancellation on death is applied for by the relatives or the coordinator: the card holder is not
            // there to type a PIN; the death's evidence and the county's acceptance stand in for it (assumed).
            return decision.cancellation.reason != .death
        case .benefitClaim, .transfer, .certification:
            return true
        case .enrolment(let decision):
            return decision.account.withholding != nil
        case .contribution(let decision):
            return decision.account.withholding != before.withholding
        case .registration, .pensionSuspension, .deathReport, .contributionCertificate, .jobSeekerRegistration, .trainingWish,
             .trainingAttendance, .jobRecommendation, .trainingFollowUpVisit, .longTermGuidance:
            return false
        }
    }
}
