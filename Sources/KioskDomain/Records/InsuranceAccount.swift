/// Where a person stands in the residents' pension scheme.
public enum AccountStatus: String, Sendable, Codable, CaseIterable {
    case notEnrolled
    case paying
    case paymentSuspended
    case receivingPension
    case pensionSuspended
    case terminated

    /// The message key of the status' display name.
    public var messageKey: String { "account.status.\(rawValue)" }
}

/// A bank withholding agreement (银行代扣) for yearly contributions or pension payment.
public struct BankAccount: Hashable, Sendable, Codable {
    public var bank: String
    public var accountNumber: String

    /// A bank account.
    public init(bank: String, accountNumber: String) {
        self.bank = bank
        self.accountNumber = accountNumber
    }

    /// The account number with all but the last 4 digits hidden.
    public var masked: String { "****" + String(accountNumber.suffix(4)) }
}

/// A person's residents' pension account.
public struct InsuranceAccount: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var status: AccountStatus
    public var enrolledOn: CivilDate?
    /// The chosen yearly tier in yuan.
    public var tierYuan: Int?
    /// Bank withholding agreement for contributions, if signed.
    public var withholding: BankAccount?
    /// First month a pension is paid for (first day of that month).
    public var pensionStartMonth: CivilDate?
    /// The monthly pension fixed at the claim.
    public var monthlyPension: Money?
    /// The part of the monthly pension paid out of the personal account.
    public var personalAccountPension: Money?
    /// Bank account the pension is paid into.
    public var pensionBankAccount: BankAccount?
    /// Last day the latest certification covers (certification is due on it).
    public var certifiedUntil: CivilDate?
    /// First month not paid because of a missed certification (first day of that month).
    public var suspendedFromMonth: CivilDate?
    /// A transfer out is pending: the account is frozen until the destination accepts it.
    public var transferPending: Bool
    /// Why the account was terminated.
    public var terminationReason: CancellationReason?
    /// A cancellation application waits for the county; the account stays as it is until then.
    public var cancellationPending: Bool = false
    /// A death report waits for the county; the pension is paid on until the county accepts it.
    public var deathReportPending: Bool = false

    /// A harmful act (a death report or a cancellation) waits for the county's acceptance.
    public var awaitsCounty: Bool { cancellationPending || deathReportPending }

    /// An account.
    public init(personID: IDNumber, status: AccountStatus = .notEnrolled, enrolledOn: CivilDate? = nil,
                tierYuan: Int? = nil, withholding: BankAccount? = nil, pensionStartMonth: CivilDate? = nil,
                monthlyPension: Money? = nil, personalAccountPension: Money? = nil, pensionBankAccount: BankAccount? = nil,
                certifiedUntil: CivilDate? = nil, suspendedFromMonth: CivilDate? = nil,
                transferPending: Bool = false, terminationReason: CancellationReason? = nil) {
        self.personID = personID
        self.status = status
        self.enrolledOn = enrolledOn
        self.tierYuan = tierYuan
        self.withholding = withholding
        self.pensionStartMonth = pensionStartMonth
        self.monthlyPension = monthlyPension
        self.personalAccountPension = personalAccountPension
        self.pensionBankAccount = pensionBankAccount
        self.certifiedUntil = certifiedUntil
        self.suspendedFromMonth = suspendedFromMonth
        self.transferPending = transferPending
        self.terminationReason = terminationReason
    }

    /// The account of someone never enrolled.
    public static func notEnrolled(_ personID: IDNumber) -> InsuranceAccount {
        InsuranceAccount(personID: personID)
    }
}
