import KioskDomain
import TerminalUI

/// Paying contributions (缴费): this year's tier (changeable within the contribution window), the
/// channel (bank withholding under an agreement, or paying at the tax office with the receipt
/// number as the order number), a back-payment offer where the rules allow it, then the confirmation.
public struct ContributionFlow: ServiceFlow {
    /// One screen of the flow.
    public enum Step: Sendable, Equatable {
        case tier(TierChoice)
        case channel(selected: Int)
        /// How many missed years to back-pay, changed with ↑/↓.
        case backPayment(years: Int)
        /// Signing a bank withholding agreement: the bank and the account number.
        case signWithholding(PayoutAccountEntry)
        /// The villager's consent to the agreement ([1] agree, [2] decline).
        case withholdingConsent(PayoutBank, BankAccount, selected: Int)
    }

    /// The screen shown.
    public var step: Step
    /// Whether this year's regular contribution is paid (false when it is paid already or no longer due).
    public var includeCurrentYear: Bool
    /// The answers so far.
    public var tier: PolicyTier
    public var channel: PaymentChannel
    /// Missed years to back-pay, latest first.
    public var backPaymentYears: Int
    /// The most years the rules allow to back-pay now (0: no offer).
    public var backPaymentAllowed: Int
    /// A withholding agreement signed in this flow (the account had none).
    public var newWithholding: BankAccount? = nil

    public var titleKey: String {
        switch step {
        case .tier: "contribution.tier.title"
        case .channel: "contribution.channel.title"
        case .backPayment: "contribution.backPayment.title"
        case .signWithholding(let entry): entry.titleKey
        case .withholdingConsent: "contribution.consent.title"
        }
    }

    public static func start(_ file: VillagerFile) -> FlowResult<ContributionFlow> {
        guard let tier = file.account.tierYuan.flatMap(file.policy.tier(yuan:)) ?? file.policy.tiers.first else {
            return .refused([.tierNotOffered(yuan: file.account.tierYuan ?? 0)])
        }
        let channel: PaymentChannel = file.account.withholding == nil ? .taxOffice : .bankWithholding
        let allowed = allowedBackPaymentYears(file)
        let thisYear = decide(file, ContributionRequest(tierYuan: tier.yuan, channel: channel))
        var includeCurrentYear = true
        if thisYear.decision == nil {
            let onlyThisYearRefused = thisYear.refusals.allSatisfy {
                if case .alreadyPaid = $0 { return true }
                if case .pastContributionAge = $0 { return true }
                return false
            }
            let backOnly = decide(file, ContributionRequest(tierYuan: tier.yuan, channel: channel,
                                                            includeCurrentYear: false, backPaymentYears: 1))
            guard onlyThisYearRefused, backOnly.decision != nil else {
                var refusals = thisYear.refusals
                if onlyThisYearRefused {
                    refusals += backOnly.refusals.filter { !refusals.contains($0) }
                }
                return .refused(refusals)
            }
            includeCurrentYear = false
        }
        return .next(ContributionFlow(step: .tier(TierChoice(tiers: file.policy.tiers, preselectedYuan: tier.yuan)),
                                      includeCurrentYear: includeCurrentYear, tier: tier, channel: channel,
                                      backPaymentYears: includeCurrentYear ? 0 : 1, backPaymentAllowed: allowed))
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<ContributionFlow> {
        var flow = self
        switch step {
        case .tier(let choice):
            switch choice.handle(key) {
            case .moved(let next): flow.step = .tier(next)
            case .chosen(let tier):
                flow.tier = tier
                flow.step = .channel(selected: flow.channelIndex(file))
            case .back: return .back
            case nil: break
            }
        case .channel(let selected):
            let channels = Self.channels(file)
            let count = channels.count + (Self.offersSigning(file) ? 1 : 0)
            switch MenuKeys.choice(key, count: count, selected: selected) {
            case .moved(let index): flow.step = .channel(selected: index)
            case .chosen(let index) where index == channels.count:
                flow.step = .signWithholding(PayoutAccountEntry(onFile: nil))
            case .chosen(let index):
                flow.channel = channels[index]
                flow.newWithholding = nil
                return flow.afterChannel(file)
            case .back: flow.step = .tier(TierChoice(tiers: file.policy.tiers, preselectedYuan: tier.yuan))
            case nil: break
            }
        case .backPayment(let years):
            let fewest = includeCurrentYear ? 0 : 1
            switch key {
            case .up, .right, .character("+"):
                flow.step = .backPayment(years: min(backPaymentAllowed, years + 1))
            case .down, .left, .character("-"):
                flow.step = .backPayment(years: max(fewest, years - 1))
            case .enter:
                flow.backPaymentYears = years
                return flow.confirmation(file)
            case .character("0"), .escape:
                flow.backPaymentYears = years
                flow.step = .channel(selected: flow.channelIndex(file))
            default: break
            }
        case .signWithholding(let entry):
            switch entry.handle(key) {
            case .editing(let next): flow.step = .signWithholding(next)
            case .back: flow.step = .channel(selected: Self.channels(file).count)
            case .done(let bank, let account): flow.step = .withholdingConsent(bank, account, selected: 0)
            }
        case .withholdingConsent(let bank, let account, let selected):
            switch MenuKeys.choice(key, count: 2, selected: selected) {
            case .moved(let index): flow.step = .withholdingConsent(bank, account, selected: index)
            case .chosen(0):
                flow.newWithholding = account
                flow.channel = .bankWithholding
                return flow.afterChannel(file)
            case .chosen: flow.step = .channel(selected: 0)
            case .back: flow.step = .signWithholding(PayoutAccountEntry(onFile: nil))
            case nil: break
            }
        }
        return .next(flow)
    }

    /// After the channel: the back-payment offer where the rules allow one, else the confirmation.
    private func afterChannel(_ file: VillagerFile) -> FlowResult<ContributionFlow> {
        var flow = self
        guard backPaymentAllowed > 0 else { return flow.confirmation(file) }
        flow.step = .backPayment(years: backPaymentYears)
        return .next(flow)
    }

    /// Whether the channel list also offers to sign a withholding agreement (the account has none).
    static func offersSigning(_ file: VillagerFile) -> Bool {
        file.account.withholding == nil
    }

    /// The channels offered: withholding first when the account has an agreement, then the tax office.
    static func channels(_ file: VillagerFile) -> [PaymentChannel] {
        file.account.withholding == nil ? [.taxOffice] : [.bankWithholding, .taxOffice]
    }

    /// The most missed years the rules let this person back-pay today (0 when none or too young).
    static func allowedBackPaymentYears(_ file: VillagerFile) -> Int {
        guard file.age >= file.policy.backPayment.fromAge else { return 0 }
        let plan = BackPaymentPlan.assess(person: file.person, history: file.history, policy: file.policy, on: file.today)
        return min(plan.shortYears, plan.missingYears.count)
    }

    /// The years a back-payment of `count` years would pay, latest first.
    static func backPaidYears(_ file: VillagerFile, count: Int) -> [Int] {
        Array(BackPaymentPlan.assess(person: file.person, history: file.history, policy: file.policy, on: file.today)
            .missingYears.prefix(count))
    }

    var request: ContributionRequest {
        ContributionRequest(tierYuan: tier.yuan, channel: channel, includeCurrentYear: includeCurrentYear,
                            backPaymentYears: backPaymentYears, newWithholding: newWithholding)
    }

    private func channelIndex(_ file: VillagerFile) -> Int {
        Self.channels(file).firstIndex(of: channel) ?? 0
    }

    private static func decide(_ file: VillagerFile, _ request: ContributionRequest) -> ServiceOutcome<ContributionDecision> {
        ContributionDecision.decide(person: file.person, account: file.account, history: file.history, policy: file.policy,
                                    request: request, today: file.today)
    }

    private func confirmation(_ file: VillagerFile) -> FlowResult<ContributionFlow> {
        let outcome = Self.decide(file, request)
        guard let decision = outcome.decision else {
            return .refused(outcome.refusals)
        }
        return .confirm(Self.pending(decision, file))
    }

    /// What the confirmation shows: the years, the amounts, the channel and how to pay.
    static func pending(_ decision: ContributionDecision, _ file: VillagerFile) -> PendingRecord {
        var lines = [PendingRecord.Line("contribution.confirm.tier", .money(.yuan(decision.account.tierYuan ?? 0)))]
        for contribution in decision.contributions where contribution.kind == .regular {
            lines.append(.init("contribution.confirm.thisYear",
                               .contribution(year: contribution.year, personal: contribution.personal, subsidy: contribution.subsidy)))
        }
        let back = decision.contributions.filter { $0.kind == .backPayment }
        if !back.isEmpty {
            let years = back.map(\.year).sorted()
            let span = years.count == 1 ? "\(years[0])" : "\(years[0])–\(years[years.count - 1])"
            lines.append(.init("contribution.confirm.backPaidYears", .text(span)))
            lines.append(.init("contribution.confirm.backPaidAmount", .money(back.reduce(.zero) { $0 + $1.personal })))
        }
        if decision.governmentPaidTotal > .zero {
            // A hardship group: local government pays part or all of the lowest tier (Guo Fa [2014] No. 8 §4(3)).
            lines.append(.init("contribution.confirm.governmentPaid", .money(decision.governmentPaidTotal)))
            lines.append(.init("contribution.confirm.paidByPerson", .money(decision.paidByPersonTotal), keyFigure: true))
        }
        lines.append(.init("contribution.confirm.personal", .money(decision.personalTotal), keyFigure: true))
        lines.append(.init("contribution.confirm.subsidy", .money(decision.subsidyTotal)))
        lines.append(.init("contribution.confirm.credited", .money(decision.personalTotal + decision.subsidyTotal)))
        let channel = decision.contributions.first?.channel ?? .taxOffice
        lines.append(.init("contribution.confirm.channel", .message(channel.messageKey)))
        switch channel {
        case .bankWithholding:
            if let agreement = decision.account.withholding {
                let isNew = file.account.withholding == nil
                lines.append(.init(isNew ? "contribution.confirm.newAgreement" : "contribution.confirm.bank",
                                   .text("\(agreement.bank) \(agreement.masked)")))
            }
            lines.append(.init("contribution.confirm.deduction", .message("contribution.confirm.deductionNote")))
        case .taxOffice:
            lines.append(.init("contribution.confirm.orderNumber", .message("contribution.confirm.orderNumberIsReceipt"), keyFigure: true))
            lines.append(.init("contribution.confirm.payAt", .message("contribution.confirm.payAtTaxOffice")))
            if let window = file.policy.contributionWindow.bounds(in: file.today.year) {
                lines.append(.init("contribution.confirm.payBy", .date(window.last), keyFigure: true))
            }
        }
        return PendingRecord(service: .contribution, event: .contribution(decision), lines: lines)
    }
}
