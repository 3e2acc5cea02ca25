/// The contribution certificate (参保缴费凭证): account status, years paid and the personal-account balance with its
/// years. Printed for a person leaving the county, which the new place needs for the transfer-in application it takes
/// (State Council Guo Fa [2014] No. 8 §8: the transfer is applied for at the destination), and from the queries as
/// proof of contributions for any office that asks.
public struct ContributionCertificate: Hashable, Sendable, Codable {
    public var personID: IDNumber
    public var issuedOn: CivilDate
    public var status: AccountStatus
    /// Distinct years contributed for.
    public var contributionYears: Int
    /// The first and last year contributed for, when any.
    public var firstYear: Int?
    public var lastYear: Int?
    /// The personal-account balance on the day of issue.
    public var balance: PersonalAccount
    /// The account year by year up to the day of issue (contributions, subsidies, interest, balance), which the
    /// office reading the certificate checks the balance against.
    public var years: [AccountYear] = []
    /// Why it was issued: for a transfer out, or as proof from the queries.
    public var purpose: Purpose = .transferOut

    /// Why a certificate is issued; the receipt's summary says what to do with it.
    public enum Purpose: String, Hashable, Sendable, Codable {
        /// A person leaving: apply for the transfer-in at the new place.
        case transferOut
        /// Proof of contributions asked for by another office.
        case proof
    }

    /// The certificate of a person's account on a day; refused when there is no account to certify.
    /// Each year's interest is at the rate of `policies`' table in force that year (`AccountStatement`); without a book,
    /// at the rate of `policy`.
    public static func issue(person: Person, account: InsuranceAccount, history: ServiceHistory, policy: PolicyTable,
                             policies: PolicyBook? = nil, purpose: Purpose = .transferOut,
                             today: CivilDate) -> ServiceOutcome<ContributionCertificate> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        if account.status == .notEnrolled { refusals.append(.notEnrolled) }
        guard refusals.isEmpty else { return .refused(refusals) }
        let years = history.contributedYears
        let statement = AccountStatement.make(contributions: history.contributions, on: today,
                                              region: person.registeredRegion,
                                              policies: policies ?? PolicyBook(tables: [policy]))
        return .decided(ContributionCertificate(personID: person.id, issuedOn: today, status: account.status,
                                                contributionYears: years.count, firstYear: years.min(),
                                                lastYear: years.max(), balance: statement.balance,
                                                years: statement.years, purpose: purpose))
    }
}

extension ContributionCertificate {
    /// The receipt summary key holding one year of the account: `year.2024`.
    public static func yearKey(_ year: Int) -> String { "\(yearKeyPrefix)\(year)" }
    /// What every year key of a certificate's receipt summary starts with.
    public static let yearKeyPrefix = "year."

    /// One year as the receipt keeps it: contributions, subsidies, interest and balance in yuan, `/`-separated.
    public static func yearValue(_ year: AccountYear) -> String {
        [year.contributions, year.subsidies, year.interest, year.balance.total].map(\.yuanText).joined(separator: "/")
    }

    /// The years of a certificate's receipt summary, oldest first, as (year, contributions, subsidies, interest,
    /// balance) texts; a value not in the form `yearValue` writes is left out.
    public static func years(inSummary summary: [String: String]) -> [(year: Int, amounts: [String])] {
        summary.compactMap { key, value -> (year: Int, amounts: [String])? in
            guard key.hasPrefix(yearKeyPrefix), let year = Int(key.dropFirst(yearKeyPrefix.count)) else { return nil }
            let amounts = value.split(separator: "/").map(String.init)
            return amounts.count == 4 ? (year, amounts) : nil
        }.sorted { $0.year < $1.year }
    }
}
