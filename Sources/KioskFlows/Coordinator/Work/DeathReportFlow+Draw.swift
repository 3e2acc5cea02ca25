import KioskDomain
import TerminalUI

/// Drawing of the death report's screens.
extension DeathReportFlow {
    static func draw(_ form: DeathReportForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        let today = context.state.clock.civilDate
        switch form.step {
        case .loading:
            WorkScreen.drawLoading(in: &grid, area: area, context)
        case .way(let selected):
            grid.write(context.text("coordinator.death.way.lead"), x: area.x, y: area.y, style: theme.text, maxWidth: area.width)
            let items = Way.allCases.enumerated().map { MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.labelKey)) }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), theme: theme)
        case .search(let entry, let notice):
            WorkScreen.drawEntry(entry, questionKey: "coordinator.death.search.question", fieldKey: "coordinator.death.search.field",
                                 notice: notice, in: &grid, area: area, context)
        case .results(let found, let selected):
            grid.write(context.text("coordinator.death.results", ["count": "\(found.count)"]), x: area.x, y: area.y,
                       style: theme.text, maxWidth: area.width)
            PagedMenu.draw(found.map { personLabel($0, context) }, selected: selected, in: &grid, x: area.x,
                           top: area.y + 2, width: area.width, context)
        case .pensioners(let selected):
            grid.write(context.text("coordinator.death.pensioners", ["count": "\(form.pensioners.count)"]), x: area.x,
                       y: area.y, style: theme.text, maxWidth: area.width)
            PagedMenu.draw(form.pensioners.map { personLabel($0, context) }, selected: selected, in: &grid, x: area.x,
                           top: area.y + 2, width: area.width, context)
        case .date(let entry, let typed, let notice):
            WorkScreen.drawEntry(typed, questionKey: "coordinator.death.date.question", fieldKey: "coordinator.death.date.field",
                                 notice: notice, in: &grid, area: area, context, questionArguments: ["name": entry.person.name])
            grid.write(context.text("coordinator.death.date.example", ["today": today.compact]), x: area.x, y: area.y + 6,
                       style: theme.hint, maxWidth: area.width)
        case .source(let entry, let day, let selected):
            grid.write(context.text("coordinator.death.source.question", ["name": entry.person.name, "date": day.iso]),
                       x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
            let items = DeathSource.allCases.enumerated().map {
                MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), theme: theme)
        case .evidenceKind(let entry, let day, _, let selected):
            grid.write(context.text("acts.evidence.kind.question", ["name": entry.person.name, "date": day.iso]),
                       x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
            let items = ActEvidenceKind.kinds(for: .death).enumerated().map {
                MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), theme: theme)
        case .evidenceNumber(_, _, _, let kind, let typed, let notice):
            WorkScreen.drawEntry(typed, questionKey: "acts.evidence.number.question", fieldKey: "acts.evidence.number.field",
                                 notice: notice, in: &grid, area: area, context,
                                 questionArguments: ["kind": context.text(kind.messageKey)])
            grid.write(context.text("acts.evidence.number.hint", ["min": "\(ActEvidence.numberLength.lowerBound)",
                                                                  "max": "\(ActEvidence.numberLength.upperBound)"]),
                       x: area.x, y: area.y + 6, style: theme.hint, maxWidth: area.width)
        case .confirming(let entry, let day, let source, let evidence):
            WorkScreen.drawRows(confirmLines(entry, day, source, evidence, today: today), in: &grid,
                          area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            WorkScreen.drawActions([("1", "confirm.yes"), ("0", "nav.back")], in: &grid, x: area.x,
                                   y: area.y + area.height - 2, width: area.width, context)
        case .recording:
            WorkScreen.drawRecording(in: &grid, area: area, context)
        case .receipt(let receipt, let status):
            var actions = [("2", "coordinator.death.way.thisMonth"), ("0", "nav.back")]
            if context.state.settings.hasPrinter { actions.insert(("1", "coordinator.work.printAgain"), at: 0) }
            WorkScreen.drawReceipt(receipt, status, actions: actions, in: &grid, area: area, context)
        case .failed(let notice), .monthlyFailed(_, let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: area, context)
        case .monthly(let month, let lines, let status):
            drawMonthly(month, lines, status, in: &grid, area: area, context)
        }
    }

    /// The confirmation: who, the day, the source, the evidence, that the county decides, and what its acceptance
    /// does to the pension.
    static func confirmLines(_ entry: RosterEntry, _ day: CivilDate, _ source: DeathSource, _ evidence: ActEvidence,
                             today: CivilDate) -> [PendingRecord.Line] {
        var rows: [PendingRecord.Line] = [
            .init("coordinator.confirm.person", .text(WorkScreen.who(entry.person))),
            .init("coordinator.death.confirm.diedOn", .date(day), keyFigure: true),
            .init("coordinator.death.confirm.source", .message(source.messageKey)),
            .init("acts.evidence.confirm.kind", .message(evidence.kind.messageKey)),
            .init("acts.evidence.confirm.evidence", .text(evidence.documentNumber)),
            .init("acts.death.confirm.pending", keyFigure: true),
        ]
        guard let decision = decision(entry, day, source, evidence, today: today) else { return rows }
        let report = decision.report
        if report.isLate {
            rows.append(.init("coordinator.death.confirm.late", .text(report.reportMonth.iso), keyFigure: true))
        }
        if let stops = report.pensionStopsFrom {
            rows.append(.init("coordinator.death.confirm.stopsFrom", .text(CalendarMonth(stops).iso), keyFigure: true))
        }
        if report.overpaidMonths > 0 {
            rows.append(.init("coordinator.death.confirm.overpaid", .money(report.overpaidPension)))
        }
        if report.opensPendingCancellation {
            rows.append(.init("coordinator.death.confirm.cancellation"))
        }
        return rows
    }

    private static func personLabel(_ entry: RosterEntry, _ context: ScreenContext) -> String {
        let label = WorkScreen.who(entry.person) + "  " + context.text(entry.account.status.messageKey)
        return entry.account.awaitsCounty ? label + " " + context.text("acts.account.awaitsCounty") : label
    }

    private static func drawMonthly(_ month: CalendarMonth, _ lines: [DeathListLine]?, _ status: PrintStatus?,
                                    in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        grid.write(context.text("coordinator.death.monthly.heading", ["month": month.iso]), x: area.x, y: area.y,
                   style: theme.title, maxWidth: area.width)
        grid.write(context.text("coordinator.death.monthly.rule"), x: area.x, y: area.y + 1, style: theme.hint,
                   maxWidth: area.width)
        guard let lines else {
            grid.write(context.text("coordinator.work.loading"), x: area.x, y: area.y + 3, style: theme.hint)
            return
        }
        let top = area.y + 3
        let room = area.height - 7
        if lines.isEmpty {
            grid.write(context.text("coordinator.death.monthly.none"), x: area.x, y: top, style: theme.text,
                       maxWidth: area.width)
        }
        for (offset, line) in lines.prefix(room).enumerated() {
            grid.write(TextLayout.truncate(monthlyLine(line, context), width: area.width), x: area.x, y: top + offset,
                       style: theme.text)
        }
        if lines.count > room {
            grid.write(context.text("coordinator.death.monthly.more", ["count": "\(lines.count - room)"]), x: area.x,
                       y: top + room, style: theme.hint)
        }
        if let status {
            let shown = WorkScreen.printStatus(status, context)
            grid.write(shown.text, x: area.x, y: area.y + area.height - 3, style: shown.style, maxWidth: area.width)
        }
        let canGoOn = otherMonth(.character("3"), from: month, today: context.state.clock.civilDate) != nil
        grid.write(context.text(canGoOn ? "coordinator.death.monthly.otherMonths" : "coordinator.death.monthly.earlierMonth"),
                   x: area.x, y: area.y + area.height - 4, style: theme.hint, maxWidth: area.width)
        var actions = [("0", "nav.back")]
        if context.state.settings.hasPrinter { actions.insert(("1", "coordinator.death.monthly.print"), at: 0) }
        WorkScreen.drawActions(actions, in: &grid, x: area.x, y: area.y + area.height - actions.count, width: area.width, context)
    }

    /// One death on the screen and on the printed sheet.
    static func monthlyLine(_ line: DeathListLine, _ context: ScreenContext) -> String {
        DeathReportSheet.line(line) { context.text($0, $1) }
    }
}
