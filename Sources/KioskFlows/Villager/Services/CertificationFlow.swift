import KioskDomain
import TerminalUI

/// Qualification (living-status) certification at the terminal: the pensioner, card present,
/// confirms they are alive; the next due date and any back-pay are shown before confirming.
public struct CertificationFlow: ServiceFlow {
    /// The flow has one screen of its own: the declaration the pensioner makes.
    public var titleKey: String { "certification.title" }

    public static func start(_ file: VillagerFile) -> FlowResult<CertificationFlow> {
        let outcome = CertificationDecision.decide(
            person: file.person, account: file.account, history: file.history, policy: file.policy,
            policies: file.policies, method: .terminal, today: file.today
        )
        guard outcome.decision != nil else {
            return .refused(outcome.refusals)
        }
        return .next(CertificationFlow())
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<CertificationFlow> {
        switch key {
        case .character("1"), .enter:
            let outcome = CertificationDecision.decide(
                person: file.person, account: file.account, history: file.history, policy: file.policy,
            policies: file.policies, method: .terminal, today: file.today
            )
            guard let decision = outcome.decision else {
                return .refused(outcome.refusals)
            }
            return .confirm(Self.pending(decision, file))
        case .character("0"), .escape:
            return .back
        default:
            return .next(self)
        }
    }

    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        var y = area.y
        for line in TextLayout.wrap(context.text("certification.declaration", ["name": file.person.name]), width: area.width) {
            grid.write(line, x: area.x, y: y, style: context.theme.title)
            y += 1
        }
        y += 1
        if let due = file.account.certifiedUntil {
            let key = due < file.today ? "certification.overdueSince" : "certification.dueOn"
            grid.write(context.text(key, ["date": due.iso]), x: area.x, y: y, style: context.theme.text)
            y += 1
        }
        if file.account.status == .pensionSuspended {
            for line in TextLayout.wrap(context.text("certification.suspendedNotice"), width: area.width) {
                grid.write(line, x: area.x, y: y, style: context.theme.warning)
                y += 1
            }
        }
        let menu = [MenuItem(key: "1", label: context.text("certification.confirmAlive")),
                    MenuItem(key: "0", label: context.text("nav.back"))]
        context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: y + 1, width: area.width, height: menu.count), in: &grid)
    }

    /// What the confirmation shows: the next due date, and the back-pay when a suspension ends.
    static func pending(_ decision: CertificationDecision, _ file: VillagerFile) -> PendingRecord {
        var lines = [PendingRecord.Line("certification.confirm.nextDue", .date(decision.certification.nextDue), keyFigure: true)]
        if decision.certification.backPaidMonths > 0 {
            lines.append(PendingRecord.Line("certification.confirm.resumes"))
            lines.append(PendingRecord.Line("certification.confirm.backPaidMonths", .months(decision.certification.backPaidMonths)))
            lines.append(PendingRecord.Line("certification.confirm.backPay", .money(decision.certification.backPay), keyFigure: true))
        }
        if let monthly = decision.account.monthlyPension {
            lines.append(PendingRecord.Line("certification.confirm.monthly", .money(monthly), keyFigure: true))
        }
        return PendingRecord(service: .certification, event: .certification(decision), lines: lines)
    }
}
