import GRDB
import KioskDomain

/// A row of `benefit_claims`.
public struct BenefitClaimRecord: ServiceRecord {
    public static let databaseTableName = "benefit_claims"
    public var id: Int64?
    public var personId: String
    public var claimedOn: String
    public var startMonth: String
    public var contributionYears: Int
    public var basicPensionFen: Int
    public var balancePersonalFen: Int
    public var balanceSubsidyFen: Int
    public var divisor: Int
    public var personalAccountPensionFen: Int
    public var bank: String
    public var bankAccount: String
    public var receiptNumber: String?

    /// The row of a claim.
    public init(_ claim: BenefitClaim, receiptNumber: String?) {
        personId = claim.personID.value
        claimedOn = claim.claimedOn.iso
        startMonth = claim.startMonth.iso
        contributionYears = claim.estimate.contributionYears
        basicPensionFen = claim.estimate.basicPension.fen
        balancePersonalFen = claim.estimate.balance.personal.fen
        balanceSubsidyFen = claim.estimate.balance.subsidy.fen
        divisor = claim.estimate.divisor
        personalAccountPensionFen = claim.estimate.personalAccountPension.fen
        bank = claim.bankAccount.bank
        bankAccount = claim.bankAccount.accountNumber
        self.receiptNumber = receiptNumber
    }
}
