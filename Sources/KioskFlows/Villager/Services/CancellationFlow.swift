import KioskDomain
import TerminalUI

/// Cancellation (注销登记) by the villager: the reason, the refund estimate, the refund account,
/// then the confirmation. A death is recorded by the coordinator: choosing it shows where to go.
public struct CancellationFlow: ServiceFlow {
    /// One line of the reason list.
    public enum Choice: Sendable, Equatable {
        case reason(CancellationReason)
        /// A family member has died: recorded by the coordinator, not here.
        case familyMemberDied

        var labelKey: String {
            switch self {
            case .reason(let reason): reason.messageKey
            case .familyMemberDied: "cancellation.choice.familyMemberDied"
            }
        }
    }

    /// What the reason list offers, in order.
    public static let choices: [Choice] = [
        .reason(.settledElsewhere), .reason(.joinedEmployeeScheme), .reason(.duplicate), .reason(.other),
        .familyMemberDied,
    ]

    /// The flow's screens.
    public enum Step: Sendable, Equatable {
        case reason(selected: Int)
        /// Where a death is reported; back returns to the reason list.
        case deathNotice
        /// What is refunded and what the cancellation means.
        case refund(CancellationReason)
        /// The bank account the refund is paid into.
        case payout(CancellationReason, PayoutAccountEntry)
    }

    public var step: Step

    public var titleKey: String {
        switch step {
        case .reason: "cancellation.choose.title"
        case .deathNotice: "cancellation.death.title"
        case .refund: "cancellation.refund.title"
        case .payout(_, let entry): entry.titleKey
        }
    }

    /// Refuses at once when the account cannot be cancelled whatever the reason.
    public static func start(_ file: VillagerFile) -> FlowResult<CancellationFlow> {
        let outcome = decide(file, .other, refundAccount: nil)
        guard outcome.decision != nil else {
            return .refused(outcome.refusals)
        }
        return .next(CancellationFlow(step: .reason(selected: 0)))
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<CancellationFlow> {
        switch step {
        case .reason(let selected):
            switch MenuKeys.choice(key, count: Self.choices.count, selected: selected) {
            case .moved(let index):
                return .next(CancellationFlow(step: .reason(selected: index)))
            case .chosen(let index):
                switch Self.choices[index] {
                case .familyMemberDied where file.openedByCoordinator:
                    // The coordinator records a cancellation on death: the refund goes to the heir's account.
                    let outcome = Self.decide(file, .death, refundAccount: nil)
                    guard outcome.decision != nil else { return .refused(outcome.refusals) }
                    return .next(CancellationFlow(step: .refund(.death)))
                case .familyMemberDied:
                    return .next(CancellationFlow(step: .deathNotice))
                case .reason(let reason):
                    let outcome = Self.decide(file, reason, refundAccount: nil)
                    guard outcome.decision != nil else { return .refused(outcome.refusals) }
                    return .next(CancellationFlow(step: .refund(reason)))
                }
            case .back:
                return .back
            case nil:
                return .next(self)
            }
        case .deathNotice:
            if key == .character("0") || key == .escape || key == .enter {
                let index = Self.choices.firstIndex(of: .familyMemberDied) ?? 0
                return .next(CancellationFlow(step: .reason(selected: index)))
            }
            return .next(self)
        case .refund(let reason):
            switch key {
            case .character("1"), .enter:
                let outcome = Self.decide(file, reason, refundAccount: nil)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                if decision.cancellation.refund == .zero {
                    return .confirm(Self.pending(decision, bank: nil, file))
                }
                return .next(CancellationFlow(step: .payout(reason, PayoutAccountEntry(onFile: file.account.withholding))))
            case .character("0"), .escape:
                return .next(CancellationFlow(step: .reason(selected: Self.index(of: reason))))
            default:
                return .next(self)
            }
        case .payout(let reason, let entry):
            switch entry.handle(key) {
            case .editing(let next):
                return .next(CancellationFlow(step: .payout(reason, next)))
            case .back:
                return .next(CancellationFlow(step: .refund(reason)))
            case .done(let bank, let account):
                let outcome = Self.decide(file, reason, refundAccount: account)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                return .confirm(Self.pending(decision, bank: bank, file))
            }
        }
    }

    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        let theme = context.theme
        switch step {
        case .reason(let selected):
            grid.write(context.text("cancellation.choose.lead"), x: area.x, y: area.y, style: theme.text, maxWidth: area.width)
            let items = Self.choices.enumerated().map { index, choice in
                MenuItem(key: "\(index + 1)", label: context.text(choice.labelKey))
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), in: &grid)
        case .deathNotice:
            MessageBox(title: context.text("cancellation.death.heading"), body: context.text("cancellation.death.body"),
                       kind: .info, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .refund(let reason):
            guard let decision = Self.decide(file, reason, refundAccount: nil).decision else { return }
            let rows = Self.refundLines(decision, file)
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            let continueKey = decision.cancellation.refund == .zero ? "cancellation.refund.continueNoRefund"
                : "cancellation.refund.continue"
            let menu = [MenuItem(key: "1", label: context.text(continueKey)), MenuItem(key: "0", label: context.text("nav.back"))]
            context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), in: &grid)
        case .payout(_, let entry):
            entry.draw(in: &grid, area: area, leadKey: "cancellation.payout.lead", context)
        }
    }

    /// The cancellation decided for this villager, reported today, paid to the villager.
    static func decide(_ file: VillagerFile, _ reason: CancellationReason,
                       refundAccount: BankAccount?) -> ServiceOutcome<CancellationDecision> {
        let effectiveOn = reason == .death ? (file.person.diedOn ?? file.today) : file.today
        let request = CancellationRequest(reason: reason, effectiveOn: effectiveOn, evidence: "",
                                          payeeName: file.person.name, refundAccount: refundAccount)
        return CancellationDecision.decide(person: file.person, account: file.account, history: file.history,
                                           policy: file.policy, request: request, today: file.today)
    }

    /// The refund explained: the reason, the personal part, the subsidy part (refunded or returned to
    /// the fund under the policy), the total, and what cancelling means.
    static func refundLines(_ decision: CancellationDecision, _ file: VillagerFile) -> [PendingRecord.Line] {
        let cancellation = decision.cancellation
        var rows: [PendingRecord.Line] = [
            .init("cancellation.refund.reason", .message(cancellation.reason.messageKey)),
            .init("cancellation.refund.personal", .money(cancellation.refundPersonal)),
        ]
        if cancellation.refundSubsidy > .zero || file.policy.refund.subsidyOnOtherReasons {
            rows.append(.init("cancellation.refund.subsidy", .money(cancellation.refundSubsidy)))
        } else {
            rows.append(.init("cancellation.refund.subsidyKept", .money(subsidyKept(file))))
        }
        rows.append(.init("cancellation.refund.total", .money(cancellation.refund), keyFigure: true))
        rows.append(.init("cancellation.refund.effect"))
        return rows
    }

    /// What the confirmation shows: the reason, the refund and where it goes, and that the account closes.
    static func pending(_ decision: CancellationDecision, bank: PayoutBank?, _ file: VillagerFile) -> PendingRecord {
        var lines = refundLines(decision, file).filter { $0.labelKey != "cancellation.refund.effect" }
        if let bank, let account = decision.cancellation.refundAccount {
            lines.append(.init("payout.confirm.bank", .message(bank.messageKey)))
            lines.append(.init("payout.confirm.account", .text(PayoutAccountEntry.grouped(account.accountNumber))))
        }
        lines.append(.init("cancellation.confirm.closes"))
        return PendingRecord(service: .cancellation, event: .cancellation(decision), lines: lines)
    }

    /// The subsidy part, with its interest, that stays in the fund when the policy does not refund it.
    private static func subsidyKept(_ file: VillagerFile) -> Money {
        PersonalAccount.balance(of: file.history.contributions, on: file.today,
                                interestRateBasisPoints: file.policy.interestRateBasisPoints).subsidy
    }

    private static func index(of reason: CancellationReason) -> Int {
        choices.firstIndex(of: reason == .death ? .familyMemberDied : .reason(reason)) ?? 0
    }
}
