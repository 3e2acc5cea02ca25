import GRDB
import KioskDomain

/// A row of `accounts`.
public struct AccountRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "accounts"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var personId: String
    public var status: String
    public var enrolledOn: String?
    public var tierYuan: Int?
    public var withholdingBank: String?
    public var withholdingAccount: String?
    public var pensionStartMonth: String?
    public var monthlyPensionFen: Int?
    public var personalAccountPensionFen: Int?
    public var pensionBank: String?
    public var pensionBankAccount: String?
    public var certifiedUntil: String?
    public var suspendedFromMonth: String?
    public var transferPending: Bool
    public var terminationReason: String?
    public var cancellationPending: Bool
    public var deathReportPending: Bool

    /// The row of an account.
    public init(_ account: InsuranceAccount) {
        personId = account.personID.value
        status = account.status.rawValue
        enrolledOn = account.enrolledOn?.iso
        tierYuan = account.tierYuan
        withholdingBank = account.withholding?.bank
        withholdingAccount = account.withholding?.accountNumber
        pensionStartMonth = account.pensionStartMonth?.iso
        monthlyPensionFen = account.monthlyPension?.fen
        personalAccountPensionFen = account.personalAccountPension?.fen
        pensionBank = account.pensionBankAccount?.bank
        pensionBankAccount = account.pensionBankAccount?.accountNumber
        certifiedUntil = account.certifiedUntil?.iso
        suspendedFromMonth = account.suspendedFromMonth?.iso
        transferPending = account.transferPending
        terminationReason = account.terminationReason?.rawValue
        cancellationPending = account.cancellationPending
        deathReportPending = account.deathReportPending
    }

    /// The account this row holds.
    public func account() throws(StoreError) -> InsuranceAccount {
        guard let id = try? IDNumber(personId), let status = AccountStatus(rawValue: status) else {
            throw .corruptRow(table: Self.databaseTableName, key: personId)
        }
        func bank(_ name: String?, _ number: String?) -> BankAccount? {
            guard let name, let number else { return nil }
            return BankAccount(bank: name, accountNumber: number)
        }
        var account = InsuranceAccount(
            personID: id, status: status, enrolledOn: enrolledOn.flatMap { CivilDate(iso: $0) }, tierYuan: tierYuan,
            withholding: bank(withholdingBank, withholdingAccount),
            pensionStartMonth: pensionStartMonth.flatMap { CivilDate(iso: $0) },
            monthlyPension: monthlyPensionFen.map { Money(fen: $0) },
            personalAccountPension: personalAccountPensionFen.map { Money(fen: $0) },
            pensionBankAccount: bank(pensionBank, pensionBankAccount),
            certifiedUntil: certifiedUntil.flatMap { CivilDate(iso: $0) },
            suspendedFromMonth: suspendedFromMonth.flatMap { CivilDate(iso: $0) },
            transferPending: transferPending, terminationReason: terminationReason.flatMap { CancellationReason(rawValue: $0) })
        account.cancellationPending = cancellationPending
        account.deathReportPending = deathReportPending
        return account
    }
}
