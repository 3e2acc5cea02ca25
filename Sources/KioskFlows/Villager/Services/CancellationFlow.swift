import KioskDomain
import TerminalUI

/// Cancellation (注销登记) as an application: the ground, the evidence the county needs, then the confirmation.
/// Nothing is terminated and no money moves at the kiosk; the county accepts or refuses later.
///
/// A living person applies on their own grounds (settled abroad with loss of nationality, drawing another basic
/// pension). A death is recorded by the coordinator: a coordinator's session goes on to the heir (or none), the
/// settlement the county will pay (the months overpaid after the death deducted), and the heir's account.
public struct CancellationFlow: ServiceFlow {
    /// One line of the ground list.
    public enum Choice: Sendable, Equatable {
        case reason(CancellationReason)
        /// A family member has died: recorded by the coordinator.
        case familyMemberDied

        var labelKey: String {
            switch self {
            case .reason(let reason): reason.messageKey
            case .familyMemberDied: "cancellation.choice.familyMemberDied"
            }
        }
    }

    /// What the ground list offers, in order: the grounds of a living person, then a death.
    public static let choices: [Choice] = CancellationReason.grounds.filter { $0 != .death }.map(Choice.reason)
        + [.familyMemberDied]

    /// The flow's screens.
    public enum Step: Sendable, Equatable {
        case reason(selected: Int)
        /// Where a death is reported; back returns to the ground list.
        case deathNotice
        /// A living person's application: the ground, the evidence, and that the county decides.
        case application(CancellationReason)
        /// On death: whether an heir receives the balance.
        case heir(selected: Int)
        /// On death: what the county will settle.
        case refund(hasHeir: Bool)
        /// The heir's bank account the county pays into.
        case payout(PayoutAccountEntry)
    }

    public var step: Step

    public var titleKey: String {
        switch step {
        case .reason: "cancellation.choose.title"
        case .deathNotice: "cancellation.death.title"
        case .application: "cancellation.application.title"
        case .heir: "cancellation.heir.title"
        case .refund: "cancellation.refund.title"
        case .payout(let entry): entry.titleKey
        }
    }

    /// Refuses at once when the account cannot be cancelled on any ground.
    public static func start(_ file: VillagerFile) -> FlowResult<CancellationFlow> {
        let outcome = decide(file, .duplicate)
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
                    let outcome = Self.decide(file, .death)
                    guard outcome.decision != nil else { return .refused(outcome.refusals) }
                    return .next(CancellationFlow(step: .heir(selected: 0)))
                case .familyMemberDied:
                    return .next(CancellationFlow(step: .deathNotice))
                case .reason(let reason):
                    let outcome = Self.decide(file, reason)
                    guard outcome.decision != nil else { return .refused(outcome.refusals) }
                    return .next(CancellationFlow(step: .application(reason)))
                }
            case .back:
                return .back
            case nil:
                return .next(self)
            }
        case .deathNotice:
            if key == .character("0") || key == .escape || key == .enter {
                return .next(CancellationFlow(step: .reason(selected: Self.deathIndex)))
            }
            return .next(self)
        case .application(let reason):
            switch key {
            case .character("1"), .enter:
                let outcome = Self.decide(file, reason)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                return .confirm(Self.pending(decision, bank: nil, file))
            case .character("0"), .escape:
                return .next(CancellationFlow(step: .reason(selected: Self.choices.firstIndex(of: .reason(reason)) ?? 0)))
            default:
                return .next(self)
            }
        case .heir(let selected):
            switch MenuKeys.choice(key, count: 2, selected: selected) {
            case .moved(let index): return .next(CancellationFlow(step: .heir(selected: index)))
            case .chosen(let index): return .next(CancellationFlow(step: .refund(hasHeir: index == 0)))
            case .back: return .next(CancellationFlow(step: .reason(selected: Self.deathIndex)))
            case nil: return .next(self)
            }
        case .refund(let hasHeir):
            switch key {
            case .character("1"), .enter:
                let outcome = Self.decide(file, .death, hasHeir: hasHeir)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                if decision.cancellation.refund == .zero {
                    return .confirm(Self.pending(decision, bank: nil, file))
                }
                return .next(CancellationFlow(step: .payout(PayoutAccountEntry(onFile: nil))))
            case .character("0"), .escape:
                return .next(CancellationFlow(step: .heir(selected: hasHeir ? 0 : 1)))
            default:
                return .next(self)
            }
        case .payout(let entry):
            switch entry.handle(key) {
            case .editing(let next):
                return .next(CancellationFlow(step: .payout(next)))
            case .back:
                return .next(CancellationFlow(step: .refund(hasHeir: true)))
            case .done(let bank, let account):
                let outcome = Self.decide(file, .death, refundAccount: account)
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
        case .application(let reason):
            var rows = Self.applicationLines(reason)
            rows.append(.init("cancellation.application.pending"))
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            drawContinue("cancellation.application.continue", in: &grid, area: area, context)
        case .heir(let selected):
            grid.write(context.text("cancellation.heir.lead"), x: area.x, y: area.y, style: theme.text, maxWidth: area.width)
            let items = [MenuItem(key: "1", label: context.text("cancellation.heir.yes")),
                         MenuItem(key: "2", label: context.text("cancellation.heir.none"))]
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), in: &grid)
        case .refund(let hasHeir):
            guard let decision = Self.decide(file, .death, hasHeir: hasHeir).decision else { return }
            var rows = Self.refundLines(decision, file)
            rows.append(.init("cancellation.refund.effect"))
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            drawContinue(decision.cancellation.refund == .zero ? "cancellation.refund.continueNoRefund"
                            : "cancellation.refund.continue", in: &grid, area: area, context)
        case .payout(let entry):
            entry.draw(in: &grid, area: area, leadKey: "cancellation.payout.lead", context)
        }
    }

    private func drawContinue(_ key: String, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let menu = [MenuItem(key: "1", label: context.text(key)), MenuItem(key: "0", label: context.text("nav.back"))]
        context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), in: &grid)
    }

    private static var deathIndex: Int { choices.firstIndex(of: .familyMemberDied) ?? 0 }

    /// The application decided for this villager today.
    static func decide(_ file: VillagerFile, _ reason: CancellationReason, refundAccount: BankAccount? = nil,
                       hasHeir: Bool = true) -> ServiceOutcome<CancellationDecision> {
        let effectiveOn = reason == .death ? (file.person.diedOn ?? file.today) : file.today
        let request = CancellationRequest(reason: reason, effectiveOn: effectiveOn, evidence: "",
                                          payeeName: reason == .death ? "" : file.person.name,
                                          refundAccount: refundAccount, hasHeir: hasHeir)
        return CancellationDecision.decide(person: file.person, account: file.account, history: file.history,
                                           policy: file.policy, policies: file.policies, request: request, today: file.today)
    }

    /// The ground, the evidence the county needs, and the application's status.
    static func applicationLines(_ reason: CancellationReason) -> [PendingRecord.Line] {
        [.init("cancellation.refund.reason", .message(reason.messageKey)),
         .init("cancellation.application.evidence", .message(reason.evidenceKey)),
         .init("cancellation.application.status", .message(CancellationApplicationStatus.pending.messageKey), keyFigure: true)]
    }

    /// On death, what the county will settle: the parts of the balance, the months overpaid deducted, the total.
    static func refundLines(_ decision: CancellationDecision, _ file: VillagerFile) -> [PendingRecord.Line] {
        let cancellation = decision.cancellation
        var rows = applicationLines(cancellation.reason)
        if cancellation.returnedToFund > .zero || cancellation.refund == .zero && cancellation.refundPersonal == .zero {
            rows.append(.init("cancellation.refund.returnedToFund", .money(cancellation.returnedToFund)))
        } else {
            rows.append(.init("cancellation.refund.personal", .money(cancellation.refundPersonal)))
            if cancellation.refundSubsidy > .zero || file.policy.refund.subsidyOnDeath {
                rows.append(.init("cancellation.refund.subsidy", .money(cancellation.refundSubsidy)))
            }
        }
        if cancellation.overpaidPension > .zero {
            rows.append(.init("cancellation.refund.overpaid", .money(cancellation.overpaidPension)))
        }
        if cancellation.returnedToFund == .zero {
            rows.append(.init("cancellation.refund.total", .money(cancellation.refund), keyFigure: true))
        }
        return rows
    }

    /// What the confirmation shows: the ground, the evidence, on death the settlement and the heir's account,
    /// and that the application waits for the county.
    static func pending(_ decision: CancellationDecision, bank: PayoutBank?, _ file: VillagerFile) -> PendingRecord {
        var lines = decision.cancellation.reason == .death ? refundLines(decision, file)
            : applicationLines(decision.cancellation.reason)
        if let bank, let account = decision.cancellation.refundAccount {
            lines.append(.init("payout.confirm.bank", .message(bank.messageKey)))
            lines.append(.init("payout.confirm.account", .text(PayoutAccountEntry.grouped(account.accountNumber))))
        }
        lines.append(.init("cancellation.confirm.closes"))
        return PendingRecord(service: .cancellation, event: .cancellation(decision), lines: lines)
    }
}
