/// The monthly pension at the claim: basic pension plus the personal-account balance divided by 139.
///
/// Pension = basic pension (§6(1)) + personal-account balance / 139 (State Council Guo Fa [2014] No. 8, §6(2));
/// the divisor is the same whatever the age at which the pension starts.
public struct PensionEstimate: Hashable, Sendable, Codable {
    public var contributionYears: Int
    /// Basic pension per month (central minimum + regional top-up + long-service addition).
    public var basicPension: Money
    public var balance: PersonalAccount
    /// Months the balance is spread over (139).
    public var divisor: Int
    /// Balance / divisor, per month.
    public var personalAccountPension: Money

    /// Basic pension plus personal-account pension.
    public var monthly: Money { basicPension + personalAccountPension }

    /// The estimate for a history on a day, with the table in force that day.
    public static func make(history: ServiceHistory, policy: PolicyTable, on day: CivilDate) -> PensionEstimate {
        let balance = PersonalAccount.balance(of: history.contributions, on: day,
                                              interestRateBasisPoints: policy.interestRateBasisPoints)
        let divisor = policy.personalAccountDivisor
        return PensionEstimate(contributionYears: history.contributionYears,
                               basicPension: policy.basicPension(contributionYears: history.contributionYears),
                               balance: balance, divisor: divisor,
                               personalAccountPension: balance.total.divided(by: divisor))
    }
}
