/// The contribution certificate (参保缴费凭证) printed for a person leaving the county: account status, years
/// paid and the personal-account balance, which the new place needs for the transfer-in application it takes
/// (State Council Guo Fa [2014] No. 8 §8: the transfer is applied for at the destination).
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

    /// The certificate of a person's account on a day; refused when there is no account to certify.
    public static func issue(person: Person, account: InsuranceAccount, history: ServiceHistory, policy: PolicyTable,
                             today: CivilDate) -> ServiceOutcome<ContributionCertificate> {
        var refusals: [ServiceRefusal] = []
        if person.diedOn != nil { refusals.append(.deceased) }
        if account.status == .notEnrolled { refusals.append(.notEnrolled) }
        guard refusals.isEmpty else { return .refused(refusals) }
        let years = history.contributedYears
        let balance = PersonalAccount.balance(of: history.contributions, on: today,
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        return .decided(ContributionCertificate(personID: person.id, issuedOn: today, status: account.status,
                                                contributionYears: years.count, firstYear: years.min(),
                                                lastYear: years.max(), balance: balance))
    }
}
