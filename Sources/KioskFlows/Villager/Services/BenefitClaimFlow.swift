import KioskDomain
import TerminalUI

/// The pension claim (待遇申领): eligibility, the monthly pension explained line by line, the bank
/// account it is paid into, then the confirmation.
public struct BenefitClaimFlow: ServiceFlow {
    /// The flow's screens.
    public enum Step: Sendable, Equatable {
        /// How the monthly pension is made up.
        case estimate
        /// The bank and account number the pension is paid into.
        case payout(PayoutAccountEntry)
    }

    public var step: Step

    public var titleKey: String {
        switch step {
        case .estimate: "benefitClaim.estimate.title"
        case .payout(let entry): entry.titleKey
        }
    }

    /// Eligibility first: the rules do not look at the bank account, so any account answers whether a claim is possible.
    public static func start(_ file: VillagerFile) -> FlowResult<BenefitClaimFlow> {
        let outcome = decide(file, BankAccount(bank: "", accountNumber: ""))
        guard outcome.decision != nil else {
            return .refused(outcome.refusals)
        }
        return .next(BenefitClaimFlow(step: .estimate))
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<BenefitClaimFlow> {
        switch step {
        case .estimate:
            switch key {
            case .character("1"), .enter:
                let onFile = file.account.pensionBankAccount ?? file.account.withholding
                return .next(BenefitClaimFlow(step: .payout(PayoutAccountEntry(onFile: onFile))))
            case .character("0"), .escape:
                return .back
            default:
                return .next(self)
            }
        case .payout(let entry):
            switch entry.handle(key) {
            case .editing(let next):
                return .next(BenefitClaimFlow(step: .payout(next)))
            case .back:
                return .next(BenefitClaimFlow(step: .estimate))
            case .done(let bank, let account):
                let outcome = Self.decide(file, account)
                guard let decision = outcome.decision else {
                    return .refused(outcome.refusals)
                }
                return .confirm(Self.pending(decision, bank))
            }
        }
    }

    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        switch step {
        case .estimate:
            guard let decision = Self.decide(file, BankAccount(bank: "", accountNumber: "")).decision else { return }
            let rows = Self.estimateLines(decision, file.policy)
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            let menu = [MenuItem(key: "1", label: context.text("benefitClaim.estimate.continue")),
                        MenuItem(key: "0", label: context.text("nav.back"))]
            NumberedMenu(items: menu, selected: nil)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2),
                      theme: context.theme)
        case .payout(let entry):
            entry.draw(in: &grid, area: area, leadKey: "benefitClaim.payout.lead", context)
        }
    }

    /// The claim decided for this villager, paid into `account`.
    static func decide(_ file: VillagerFile, _ account: BankAccount) -> ServiceOutcome<BenefitClaimDecision> {
        BenefitClaimDecision.decide(person: file.person, account: file.account, history: file.history,
                                    policy: file.policy, bankAccount: account, today: file.today)
    }

    /// The monthly pension, line by line: basic pension and its parts, the personal account and its
    /// parts, the divisor, the personal-account pension, the total and the first month paid.
    static func estimateLines(_ decision: BenefitClaimDecision, _ policy: PolicyTable) -> [PendingRecord.Line] {
        let estimate = decision.claim.estimate
        let extraYears = max(0, estimate.contributionYears - policy.minimumContributionYears)
        return [
            .init("benefitClaim.estimate.years", .years(estimate.contributionYears)),
            .init("benefitClaim.estimate.basic", .money(estimate.basicPension), keyFigure: true),
            .init("benefitClaim.estimate.basicCentral", .money(.yuan(policy.basicPensionYuanPerMonth))),
            .init("benefitClaim.estimate.basicLocal", .money(.yuan(policy.localTopUpYuanPerMonth))),
            .init("benefitClaim.estimate.basicLongService",
                  .money(.yuan(policy.longServiceYuanPerMonthPerYear * extraYears))),
            .init("benefitClaim.estimate.balance", .money(estimate.balance.total), keyFigure: true),
            .init("benefitClaim.estimate.balancePersonal", .money(estimate.balance.personal)),
            .init("benefitClaim.estimate.balanceSubsidy", .money(estimate.balance.subsidy)),
            .init("benefitClaim.estimate.divisor", .months(estimate.divisor)),
            .init("benefitClaim.estimate.personalAccount", .money(estimate.personalAccountPension), keyFigure: true),
            .init("benefitClaim.estimate.monthly", .money(estimate.monthly), keyFigure: true),
            .init("benefitClaim.estimate.startMonth", .date(decision.claim.startMonth)),
        ]
    }

    /// What the confirmation shows: from when, how much a month and its two parts, and where it is paid.
    static func pending(_ decision: BenefitClaimDecision, _ bank: PayoutBank) -> PendingRecord {
        let estimate = decision.claim.estimate
        let lines: [PendingRecord.Line] = [
            .init("benefitClaim.confirm.startMonth", .date(decision.claim.startMonth), keyFigure: true),
            .init("benefitClaim.confirm.basic", .money(estimate.basicPension)),
            .init("benefitClaim.confirm.personalAccount", .money(estimate.personalAccountPension)),
            .init("benefitClaim.confirm.monthly", .money(estimate.monthly), keyFigure: true),
            .init("payout.confirm.bank", .message(bank.messageKey)),
            .init("payout.confirm.account", .text(PayoutAccountEntry.grouped(decision.claim.bankAccount.accountNumber))),
            .init("benefitClaim.confirm.certification"),
        ]
        return PendingRecord(service: .benefitClaim, event: .benefitClaim(decision), lines: lines)
    }
}
