/// An application to start drawing the pension (待遇申领).
public struct BenefitClaim: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var claimedOn: CivilDate
    /// First month paid (first day of the month after the claim or the 60th birthday).
    public var startMonth: CivilDate
    public var estimate: PensionEstimate
    public var bankAccount: BankAccount

    /// A claim.
    public init(personID: IDNumber, claimedOn: CivilDate, startMonth: CivilDate,
                estimate: PensionEstimate, bankAccount: BankAccount) {
        self.personID = personID
        self.claimedOn = claimedOn
        self.startMonth = startMonth
        self.estimate = estimate
        self.bankAccount = bankAccount
    }
}
