/// What a person asks to pay.
public struct ContributionRequest: Hashable, Sendable {
    public var tierYuan: Int
    public var channel: PaymentChannel
    /// Pay this year's regular contribution.
    public var includeCurrentYear: Bool
    /// How many missed past years to back-pay (latest first).
    public var backPaymentYears: Int
    /// A bank withholding agreement signed with this order, which the account keeps for later years.
    public var newWithholding: BankAccount?

    /// A request.
    public init(tierYuan: Int, channel: PaymentChannel, includeCurrentYear: Bool = true, backPaymentYears: Int = 0,
                newWithholding: BankAccount? = nil) {
        self.tierYuan = tierYuan
        self.channel = channel
        self.includeCurrentYear = includeCurrentYear
        self.backPaymentYears = backPaymentYears
        self.newWithholding = newWithholding
    }
}

/// A contribution order (缴费): the years paid, the amounts, and the account afterwards.
public struct ContributionDecision: Hashable, Sendable, Codable {
    public var contributions: [Contribution]
    public var account: InsuranceAccount

    /// What the person pays in total.
    public var personalTotal: Money { contributions.reduce(.zero) { $0 + $1.personal } }
    /// What local government pays of the personal part for a hardship group, in total.
    public var governmentPaidTotal: Money { contributions.reduce(.zero) { $0 + $1.governmentPaid } }
    /// What the person pays themselves.
    public var paidByPersonTotal: Money { personalTotal - governmentPaidTotal }

    /// Subsidy credited in total.
    public var subsidyTotal: Money { contributions.reduce(.zero) { $0 + $1.subsidy } }

    /// Decides a contribution order on a day.
    public static func decide(person: Person, account: InsuranceAccount, history: ServiceHistory,
                              policy: PolicyTable, request: ContributionRequest,
                              today: CivilDate) -> ServiceOutcome<ContributionDecision> {
        var refusals: [ServiceRefusal] = []
        switch account.status {
        case .notEnrolled: refusals.append(.notEnrolled)
        case .terminated: refusals.append(.accountTerminated)
        case .receivingPension, .pensionSuspended: refusals.append(.alreadyReceivingPension)
        case .paying, .paymentSuspended: break
        }
        if account.transferPending { refusals.append(.transferPending) }
        if person.diedOn != nil { refusals.append(.deceased) }
        let tier = policy.tier(yuan: request.tierYuan)
        if tier == nil { refusals.append(.tierNotOffered(yuan: request.tierYuan)) }
        if let window = policy.contributionWindow.bounds(in: today.year), today < window.first || today > window.last {
            refusals.append(.outsideContributionWindow(opens: window.first, closes: window.last))
        }
        let pensionYear = person.birthDate.anniversary(policy.pensionAge).year
        if request.includeCurrentYear {
            if history.contributedYears.contains(today.year) { refusals.append(.alreadyPaid(year: today.year)) }
            let lastRegularYear = policy.schemeTimings.regularContributionInPensionAgeYear ? pensionYear : pensionYear - 1
            if today.year > lastRegularYear { refusals.append(.pastContributionAge(pensionAge: policy.pensionAge)) }
        }
        var backYears: [Int] = []
        if request.backPaymentYears > 0 {
            let plan = BackPaymentPlan.assess(person: person, history: history, policy: policy, on: today)
            let allowed = min(plan.shortYears, plan.missingYears.count)
            if person.age(on: today) < policy.backPayment.fromAge {
                refusals.append(.backPaymentTooYoung(fromAge: policy.backPayment.fromAge))
            } else if allowed == 0 {
                refusals.append(.nothingToBackPay)
            } else if request.backPaymentYears > allowed {
                refusals.append(.tooManyBackPaymentYears(maximum: allowed))
            } else {
                backYears = Array(plan.missingYears.prefix(request.backPaymentYears))
            }
        }
        if !request.includeCurrentYear && request.backPaymentYears <= 0 { refusals.append(.nothingToBackPay) }
        guard refusals.isEmpty, let tier else { return .refused(refusals) }

        var contributions: [Contribution] = []
        if request.includeCurrentYear {
            var regular = Contribution(personID: person.id, year: today.year, tierYuan: tier.yuan,
                                       personal: .yuan(tier.yuan), subsidy: .yuan(tier.subsidyYuan),
                                       kind: .regular, channel: request.channel, paidOn: today)
            // Hardship groups: local government pays part or all of the lowest tier (policy `hardshipGroups`).
            regular.governmentPaid = policy.governmentPaidPart(group: person.hardshipGroup, tierYuan: tier.yuan)
            contributions.append(regular)
        }
        for year in backYears.sorted() {
            contributions.append(Contribution(personID: person.id, year: year, tierYuan: tier.yuan,
                                              personal: .yuan(tier.yuan),
                                              subsidy: .yuan(policy.backPayment.subsidyYuanPerYear),
                                              kind: .backPayment, channel: request.channel, paidOn: today))
        }
        var next = account
        next.status = .paying
        next.tierYuan = tier.yuan
        if let agreement = request.newWithholding {
            next.withholding = agreement
        }
        return .decided(ContributionDecision(contributions: contributions, account: next))
    }
}
