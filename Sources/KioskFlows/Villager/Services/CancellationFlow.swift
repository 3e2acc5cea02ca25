import Foundation
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

    /// What the coordinator has entered of a cancellation on death: whether an heir receives the balance, the heir's
    /// name, and the evidence of the death.
    public struct DeathClaim: Sendable, Equatable {
        public var hasHeir: Bool
        /// The heir's name as typed (empty without an heir).
        public var heirName: String
        public var evidence: ActEvidence?

        /// A claim.
        public init(hasHeir: Bool, heirName: String = "", evidence: ActEvidence? = nil) {
            self.hasHeir = hasHeir
            self.heirName = heirName
            self.evidence = evidence
        }
    }

    /// The longest heir's name taken.
    static let heirNameLength = 30

    /// The flow's screens.
    public enum Step: Sendable, Equatable {
        case reason(selected: Int)
        /// Where a death is reported; back returns to the ground list.
        case deathNotice
        /// A living person's application: the ground, the evidence, and that the county decides.
        case application(CancellationReason)
        /// A living person's application: the kind of document that proves the ground.
        case groundEvidenceKind(CancellationReason, selected: Int)
        /// A living person's application: the document's number, typed.
        case groundEvidenceNumber(CancellationReason, ActEvidenceKind, TextEntry, notice: UserMessage?)
        /// On death: whether an heir receives the balance.
        case heir(selected: Int)
        /// On death: the heir's name, typed.
        case heirName(TextEntry, notice: UserMessage?)
        /// On death: the kind of document that proves it.
        case evidenceKind(DeathClaim, selected: Int)
        /// On death: the document's number, typed.
        case evidenceNumber(DeathClaim, ActEvidenceKind, TextEntry, notice: UserMessage?)
        /// On death: what the county will settle.
        case refund(DeathClaim)
        /// The heir's bank account the county pays into.
        case payout(DeathClaim, PayoutAccountEntry)
    }

    public var step: Step

    public var titleKey: String {
        switch step {
        case .reason: "cancellation.choose.title"
        case .deathNotice: "cancellation.death.title"
        case .application, .groundEvidenceKind, .groundEvidenceNumber: "cancellation.application.title"
        case .heir, .heirName: "cancellation.heir.title"
        case .evidenceKind, .evidenceNumber: "cancellation.death.title"
        case .refund: "cancellation.refund.title"
        case .payout(_, let entry): entry.titleKey
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
                guard outcome.decision != nil else { return .refused(outcome.refusals) }
                return .next(CancellationFlow(step: .groundEvidenceKind(reason, selected: 0)))
            case .character("0"), .escape:
                return .next(CancellationFlow(step: .reason(selected: Self.choices.firstIndex(of: .reason(reason)) ?? 0)))
            default:
                return .next(self)
            }
        case .groundEvidenceKind(let reason, let selected):
            let kinds = ActEvidenceKind.kinds(for: reason)
            switch MenuKeys.choice(key, count: kinds.count, selected: selected) {
            case .moved(let index): return .next(CancellationFlow(step: .groundEvidenceKind(reason, selected: index)))
            case .chosen(let index):
                return .next(CancellationFlow(step: .groundEvidenceNumber(reason, kinds[index], Self.evidenceEntry(), notice: nil)))
            case .back: return .next(CancellationFlow(step: .application(reason)))
            case nil: return .next(self)
            }
        case .groundEvidenceNumber(let reason, let kind, var entry, _):
            switch entry.handle(key) {
            case .edited:
                return .next(CancellationFlow(step: .groundEvidenceNumber(reason, kind, entry, notice: nil)))
            case .submitted:
                let evidence: ActEvidence
                do {
                    evidence = try ActEvidence.validated(kind: kind, documentNumber: entry.text)
                } catch {
                    return .next(CancellationFlow(step: .groundEvidenceNumber(reason, kind, entry, notice: error.userMessage)))
                }
                let outcome = Self.decide(file, reason, evidence: evidence)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                return .confirm(Self.pending(decision, bank: nil, file))
            case .cancelled:
                let index = ActEvidenceKind.kinds(for: reason).firstIndex(of: kind) ?? 0
                return .next(CancellationFlow(step: .groundEvidenceKind(reason, selected: index)))
            case .ignored:
                return .next(self)
            }
        case .heir(let selected):
            switch MenuKeys.choice(key, count: 2, selected: selected) {
            case .moved(let index): return .next(CancellationFlow(step: .heir(selected: index)))
            case .chosen(0): return .next(CancellationFlow(step: .heirName(Self.heirEntry(), notice: nil)))
            case .chosen: return .next(CancellationFlow(step: .evidenceKind(DeathClaim(hasHeir: false), selected: 0)))
            case .back: return .next(CancellationFlow(step: .reason(selected: Self.deathIndex)))
            case nil: return .next(self)
            }
        case .heirName(var entry, _):
            switch entry.handle(key) {
            case .edited:
                return .next(CancellationFlow(step: .heirName(entry, notice: nil)))
            case .submitted:
                let name = entry.text.trimmingCharacters(in: .whitespaces)
                guard name.count >= 2 else {
                    return .next(CancellationFlow(step: .heirName(entry, notice: UserMessage("acts.heir.name.tooShort"))))
                }
                return .next(CancellationFlow(step: .evidenceKind(DeathClaim(hasHeir: true, heirName: name), selected: 0)))
            case .cancelled:
                return .next(CancellationFlow(step: .heir(selected: 0)))
            case .ignored:
                return .next(self)
            }
        case .evidenceKind(let claim, let selected):
            switch MenuKeys.choice(key, count: Self.deathKinds.count, selected: selected) {
            case .moved(let index): return .next(CancellationFlow(step: .evidenceKind(claim, selected: index)))
            case .chosen(let index):
                return .next(CancellationFlow(step: .evidenceNumber(claim, Self.deathKinds[index], Self.evidenceEntry(),
                                                                    notice: nil)))
            case .back:
                return .next(CancellationFlow(step: claim.hasHeir ? .heirName(Self.heirEntry(claim.heirName), notice: nil)
                                                : .heir(selected: 1)))
            case nil: return .next(self)
            }
        case .evidenceNumber(let claim, let kind, var entry, _):
            switch entry.handle(key) {
            case .edited:
                return .next(CancellationFlow(step: .evidenceNumber(claim, kind, entry, notice: nil)))
            case .submitted:
                do {
                    var next = claim
                    next.evidence = try ActEvidence.validated(kind: kind, documentNumber: entry.text)
                    return .next(CancellationFlow(step: .refund(next)))
                } catch {
                    return .next(CancellationFlow(step: .evidenceNumber(claim, kind, entry,
                                                                        notice: error.userMessage)))
                }
            case .cancelled:
                return .next(CancellationFlow(step: .evidenceKind(claim, selected: Self.deathKinds.firstIndex(of: kind) ?? 0)))
            case .ignored:
                return .next(self)
            }
        case .refund(let claim):
            switch key {
            case .character("1"), .enter:
                let outcome = Self.decide(file, .death, claim: claim)
                guard let decision = outcome.decision else { return .refused(outcome.refusals) }
                if decision.cancellation.refund == .zero {
                    return .confirm(Self.pending(decision, bank: nil, file))
                }
                return .next(CancellationFlow(step: .payout(claim, PayoutAccountEntry(onFile: nil))))
            case .character("0"), .escape:
                let kind = claim.evidence?.kind ?? .deathCertificate
                return .next(CancellationFlow(step: .evidenceNumber(claim, kind, Self.evidenceEntry(claim.evidence?.documentNumber ?? ""),
                                                                    notice: nil)))
            default:
                return .next(self)
            }
        case .payout(let claim, let entry):
            switch entry.handle(key) {
            case .editing(let next):
                return .next(CancellationFlow(step: .payout(claim, next)))
            case .back:
                return .next(CancellationFlow(step: .refund(claim)))
            case .done(let bank, let account):
                let outcome = Self.decide(file, .death, refundAccount: account, claim: claim)
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
        case .heirName(let entry, let notice):
            grid.write(context.text("acts.heir.name.question"), x: area.x, y: area.y, style: theme.text, maxWidth: area.width)
            entry.field(label: context.text("acts.heir.name.field"))
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: min(area.width, 50), height: 1), theme: theme)
            if let notice {
                grid.write(TextLayout.truncate(context.text(notice), width: area.width), x: area.x, y: area.y + 4, style: theme.error)
            }
        case .evidenceKind(_, let selected):
            drawKinds(Self.deathKinds, lead: context.text("acts.evidence.kind.lead"), selected: selected, in: &grid, area: area,
                      context)
        case .groundEvidenceKind(let reason, let selected):
            drawKinds(ActEvidenceKind.kinds(for: reason),
                      lead: context.text("acts.evidence.kind.groundLead", ["ground": context.text(reason.messageKey)]),
                      selected: selected, in: &grid, area: area, context)
        case .evidenceNumber(_, let kind, let entry, let notice), .groundEvidenceNumber(_, let kind, let entry, let notice):
            grid.write(context.text("acts.evidence.number.question", ["kind": context.text(kind.messageKey)]), x: area.x,
                       y: area.y, style: theme.text, maxWidth: area.width)
            entry.field(label: context.text("acts.evidence.number.field"))
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: min(area.width, 50), height: 1), theme: theme)
            if let notice {
                grid.write(TextLayout.truncate(context.text(notice), width: area.width), x: area.x, y: area.y + 4, style: theme.error)
            }
            grid.write(context.text("acts.evidence.number.hint", ["min": "\(ActEvidence.numberLength.lowerBound)",
                                                                  "max": "\(ActEvidence.numberLength.upperBound)"]),
                       x: area.x, y: area.y + 6, style: theme.hint, maxWidth: area.width)
        case .refund(let claim):
            guard let decision = Self.decide(file, .death, claim: claim).decision else { return }
            var rows = Self.refundLines(decision, file)
            rows.append(.init("cancellation.refund.effect"))
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            drawContinue(decision.cancellation.refund == .zero ? "cancellation.refund.continueNoRefund"
                            : "cancellation.refund.continue", in: &grid, area: area, context)
        case .payout(_, let entry):
            entry.draw(in: &grid, area: area, leadKey: "cancellation.payout.lead", context)
        }
    }

    private func drawKinds(_ kinds: [ActEvidenceKind], lead: String, selected: Int, in grid: inout Grid, area: Rect,
                           _ context: ScreenContext) {
        grid.write(lead, x: area.x, y: area.y, style: context.theme.text, maxWidth: area.width)
        let items = kinds.enumerated().map { MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey)) }
        context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count),
                         in: &grid)
    }

    private func drawContinue(_ key: String, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let menu = [MenuItem(key: "1", label: context.text(key)), MenuItem(key: "0", label: context.text("nav.back"))]
        context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), in: &grid)
    }

    private static var deathIndex: Int { choices.firstIndex(of: .familyMemberDied) ?? 0 }

    /// The documents a death may be proved by.
    static var deathKinds: [ActEvidenceKind] { ActEvidenceKind.kinds(for: .death) }

    static func heirEntry(_ text: String = "") -> TextEntry {
        TextEntry(text, maxLength: heirNameLength, allowed: .text)
    }

    static func evidenceEntry(_ text: String = "") -> TextEntry {
        TextEntry(text, maxLength: ActEvidence.numberLength.upperBound, allowed: .text)
    }

    /// The application decided for this villager today.
    /// On death, `claim` gives the heir (who receives the balance) and the evidence; on a living ground, `evidence`.
    static func decide(_ file: VillagerFile, _ reason: CancellationReason, refundAccount: BankAccount? = nil,
                       claim: DeathClaim? = nil, evidence: ActEvidence? = nil) -> ServiceOutcome<CancellationDecision> {
        let effectiveOn = reason == .death ? (file.person.diedOn ?? file.today) : file.today
        let evidence = claim?.evidence ?? evidence
        let request = CancellationRequest(reason: reason, effectiveOn: effectiveOn,
                                          evidence: evidence?.documentNumber ?? "",
                                          payeeName: reason == .death ? (claim?.heirName ?? "") : file.person.name,
                                          refundAccount: refundAccount, hasHeir: claim?.hasHeir ?? true,
                                          evidenceKind: evidence?.kind)
        return CancellationDecision.decide(person: file.person, account: file.account, history: file.history,
                                           policy: file.policy, policies: file.policies, request: request, today: file.today)
    }

    /// The ground, the evidence the county needs, and the application's status.
    static func applicationLines(_ reason: CancellationReason) -> [PendingRecord.Line] {
        [.init("cancellation.refund.reason", .message(reason.messageKey)),
         .init("cancellation.application.evidence", .message(reason.evidenceKey)),
         .init("cancellation.application.status", .message(CancellationApplicationStatus.pending.messageKey), keyFigure: true)]
    }

    /// The document the application rests on: its kind and number.
    static func evidenceLines(_ cancellation: Cancellation) -> [PendingRecord.Line] {
        guard let kind = cancellation.evidenceKind else { return [] }
        return [.init("acts.evidence.confirm.kind", .message(kind.messageKey)),
                .init("acts.evidence.confirm.evidence", .text(cancellation.evidence))]
    }

    /// On death, what the county will settle: the parts of the balance, the months overpaid deducted, the total.
    static func refundLines(_ decision: CancellationDecision, _ file: VillagerFile) -> [PendingRecord.Line] {
        let cancellation = decision.cancellation
        var rows = applicationLines(cancellation.reason) + evidenceLines(cancellation)
        if !cancellation.payeeName.isEmpty {
            rows.append(.init("acts.heir.confirm.name", .text(cancellation.payeeName), keyFigure: true))
        }
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
            : applicationLines(decision.cancellation.reason) + evidenceLines(decision.cancellation)
        if let bank, let account = decision.cancellation.refundAccount {
            lines.append(.init("payout.confirm.bank", .message(bank.messageKey)))
            lines.append(.init("payout.confirm.account", .text(PayoutAccountEntry.grouped(account.accountNumber))))
        }
        lines.append(.init("cancellation.confirm.closes"))
        return PendingRecord(service: .cancellation, event: .cancellation(decision), lines: lines)
    }
}
