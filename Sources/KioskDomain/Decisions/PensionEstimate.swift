/// The monthly pension: basic pension plus personal-account balance divided by the divisor for the starting age.
public struct PensionEstimate: Hashable, Sendable, Codable {
    public var contributionYears: Int
    /// Basic pension per month (central minimum + regional top-up + long-service addition).
    public var basicPension: Money
    public var balance: PersonalAccount
    /// Months the balance is spread over (139 at 60).
    public var divisor: Int
    /// Balance / divisor, per month.
    public var personalAccountPension: Money

    /// Basic pension plus personal-account pension.
    public var monthly: Money { basicPension + personalAccountPension }

    /// The estimate for a given history, as if the pension started on `startDay` at the given age.
    public static func make(history: ServiceHistory, policy: PolicyTable, startAge: Int,
                            on day: CivilDate) -> PensionEstimate {
        let balance = PersonalAccount.balance(of: history.contributions, on: day,
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        let divisor = policy.divisor(forAge: max(startAge, policy.pensionAge))
        return PensionEstimate(contributionYears: history.contributionYears,
                               basicPension: policy.basicPension(contributionYears: history.contributionYears),
                               balance: balance, divisor: divisor,
                               personalAccountPension: balance.total.divided(by: divisor))
    }
}
