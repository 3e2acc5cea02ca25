import Foundation
import KioskDomain
import TerminalUI

/// Draws a villager's session: who is at the kiosk, the current step, how to go on, the countdown.
enum VillagerScreen {
    static func draw(_ session: VillagerSession, in grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        context.drawTitleBar(in: &grid, titleKey: titleKey(session))
        let person = session.file.person
        var status = context.text(session.file.account.status.messageKey)
        if session.file.account.awaitsCounty {
            status += " " + context.text("acts.account.awaitsCounty")
        }
        let header = context.text("villager.header", ["name": person.name, "id": person.id.masked, "status": status])
        grid.write(TextLayout.truncate(header, width: grid.width - 4), x: 2, y: 1, style: theme.subtitle)
        context.markAside(row: 1)
        if let coordinator = context.state.coordinator {
            grid.write(context.text("villager.actingCoordinator", ["name": coordinator.name]), x: 2, y: 2, style: theme.warning)
            context.markAside(row: 2)
        }
        let area = Rect(x: 2, y: 3, width: grid.width - 4, height: grid.height - 7)

        switch session.step {
        case .menu(let selected):
            let items = session.menuEntries.enumerated().map { index, entry in
                let refused = CardSessionRights.refuses(entry.service, to: session.holder, settings: context.state.settings,
                                                        actingForProxy: context.state.actingProxy != nil)
                guard !refused else {
                    let label = context.text(entry.service.labelKey)
                    return MenuItem(key: "\(index + 1)", label: context.text("cardRights.uidOnly.line", ["service": label]),
                                    enabled: false)
                }
                return MenuItem(key: "\(index + 1)", label: menuLabel(entry, session.file, context), enabled: entry.isAvailable)
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: area.y, width: area.width, height: items.count), in: &grid)
        case .refused(let service, let refusals):
            // Each reason with what to do and when (never only "cannot").
            let reasons = refusals.map { refusal in
                context.text(refusal.userMessage) + "\n"
                    + context.text(refusal.explanation(policy: session.file.policy, today: session.file.today).advice)
            }
            MessageBox(
                title: context.text("villager.refused.title", ["service": context.text(service.labelKey)]),
                body: reasons.joined(separator: "\n"), kind: .warning, footer: context.text("villager.refused.footer")
            ).draw(in: &grid, within: area, theme: theme)
        case .flow(let flow):
            drawFlow(flow, in: &grid, area: area, context, session.file)
        case .cardPIN(let stage):
            CardPINStage.draw(stage, in: &grid, area: area, context)
        case .confirming(let pending):
            var rows = [PendingRecord.Line("confirm.idNumber", .text(person.id.value))]
            rows += pending.lines
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            let menu = [MenuItem(key: "1", label: context.text("confirm.yes")), MenuItem(key: "0", label: context.text("nav.back"))]
            context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), in: &grid)
        case .recording:
            MessageBox(title: context.text("recording.title"), body: context.text("recording.body"), kind: .info)
                .draw(in: &grid, within: area, theme: theme)
        case .receipt(let receipt, let status):
            let lines = ReceiptText.lines(receipt, strings: context.strings, language: context.state.language,
                                          timeZone: context.state.settings.timeZone)
            for (offset, line) in lines.enumerated() where offset < area.height - 2 {
                grid.write(TextLayout.truncate(line, width: area.width), x: area.x, y: area.y + offset,
                           style: offset == 0 ? theme.title : theme.text)
            }
            let statusLine = printStatusText(status, context)
            grid.write(statusLine.text, x: area.x, y: area.y + area.height - 1, style: statusLine.style)
        case .recordFailed(let problem):
            MessageBox(title: context.text("recordFailed.title"), body: context.text(problem), kind: .error,
                       footer: context.text("recordFailed.nothingRecorded"))
                .draw(in: &grid, within: area, theme: theme)
        }

        context.drawCentred(context.text(hintKey(session.step)), row: grid.height - 3, in: &grid, style: theme.hint)
        if let remaining = SessionTimeout.secondsLeft(context.state), remaining <= KioskSettings.timeoutWarningSeconds {
            context.drawCentred(context.text("session.countdown", ["seconds": "\(remaining)"]), row: grid.height - 2,
                                in: &grid, style: theme.warning)
        }
        context.drawStatusLine(in: &grid)
    }

    /// A service's menu line: its name, and why it cannot be done today in brackets when so.
    static func menuLabel(_ entry: ServiceMenuEntry, _ file: VillagerFile, _ context: ScreenContext) -> String {
        let label = context.text(entry.service.labelKey)
        guard let explanation = entry.explanation(file) else { return label }
        return context.text(UserMessage("noDeadEnd.menuLine", ["service": label], nested: ["reason": explanation.note]))
    }

    private static func titleKey(_ session: VillagerSession) -> String {
        switch session.step {
        case .menu: "villager.menu.title"
        case .refused: "villager.refused.screenTitle"
        case .flow(let flow): flowTitleKey(flow)
        case .cardPIN: "cardPIN.title"
        case .confirming: "confirm.title"
        case .recording: "recording.title"
        case .receipt: "receipt.title"
        case .recordFailed: "recordFailed.title"
        }
    }

    private static func hintKey(_ step: VillagerStep) -> String {
        switch step {
        case .menu: "villager.menu.hint"
        case .recording: "recording.hint"
        case .receipt: "receipt.hint"
        // A flow's screens may be typing screens, where 0 is a digit: Esc is the way back everywhere.
        case .flow: "nav.flowHint"
        case .cardPIN: "cardPIN.hint"
        default: "nav.numberOrBack"
        }
    }

    private static func printStatusText(_ status: PrintStatus, _ context: ScreenContext) -> (text: String, style: CellStyle) {
        switch status {
        case .printing: (context.text("print.printing"), context.theme.hint)
        case .printed: (context.text("print.printed"), context.theme.success)
        case .failed(let reason): (context.text(UserMessage("print.failed", nested: ["reason": reason])), context.theme.error)
        case .noPrinter: (context.text("print.noPrinter"), context.theme.hint)
        }
    }

    private static func drawFlow(_ flow: ServiceFlowState, in grid: inout Grid, area: Rect, _ context: ScreenContext,
                                 _ file: VillagerFile) {
        switch flow {
        case .certification(let f): f.draw(in: &grid, area: area, context, file)
        case .queries(let f): f.draw(in: &grid, area: area, context, file)
        case .enrolment(let f): f.draw(in: &grid, area: area, context, file)
        case .contribution(let f): f.draw(in: &grid, area: area, context, file)
        case .benefitClaim(let f): f.draw(in: &grid, area: area, context, file)
        case .transfer(let f): f.draw(in: &grid, area: area, context, file)
        case .cancellation(let f): f.draw(in: &grid, area: area, context, file)
        case .employment(let f): f.draw(in: &grid, area: area, context, file)
        }
    }

    private static func flowTitleKey(_ flow: ServiceFlowState) -> String {
        switch flow {
        case .certification(let f): f.titleKey
        case .queries(let f): f.titleKey
        case .enrolment(let f): f.titleKey
        case .contribution(let f): f.titleKey
        case .benefitClaim(let f): f.titleKey
        case .transfer(let f): f.titleKey
        case .cancellation(let f): f.titleKey
        case .employment(let f): f.titleKey
        }
    }
}
