import KioskDomain
import TerminalUI

/// Drawing of the coordinator's employment work.
extension EmploymentWorkFlow {
    static func draw(_ form: EmploymentWorkForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        switch form.step {
        case .menu(let selected):
            let items = EmploymentWorkForm.Choice.allCases.enumerated().map {
                MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.labelKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y, width: area.width, height: items.count), theme: theme)
        case .loading, .matching:
            WorkScreen.drawLoading(in: &grid, area: area, context)
        case .saving, .publishing, .savingJob:
            WorkScreen.drawRecording(in: &grid, area: area, context)
        case .registeringJob(let job):
            JobRegistrationFlow.draw(job, in: &grid, area: area, context)
        case .training(let overview, let selected):
            drawTraining(overview, selected: selected, in: &grid, area: area, context)
        case .taskList(let sheet, let page):
            TaskListSheet.draw(sheet, page: page, in: &grid, area: area, context)
        case .endingClass(let ending):
            AfterClassFlow.drawEnding(ending, in: &grid, area: area, context)
        case .followUp(let line):
            AfterClassFlow.drawFollowUp(line, in: &grid, area: area, context)
        case .recommending(let pick):
            AfterClassFlow.drawPick(pick, in: &grid, area: area, context)
        case .visiting(let line):
            AfterClassFlow.drawVisit(line, in: &grid, area: area, context)
        case .jobRegistered(let id):
            MessageBox(title: context.text("employment.jobForm.saved"), body: context.text("employment.jobForm.savedBody", ["id": id]),
                       kind: .success, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .confirming(let month, let due, let rows, let selected):
            drawConfirmation(month: month, due: due, rows: rows, selected: selected, in: &grid, area: area, context)
        case .saved(let month, let count):
            MessageBox(title: context.text("employment.confirm.saved"),
                       body: context.text("employment.confirm.savedBody", ["count": "\(count)", "month": month.iso]),
                       kind: .success, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .longTerm(let month, let rows, let selected):
            grid.write(context.text("employment.longTerm.lead", ["month": month.iso, "count": "\(rows.count)"]), x: area.x,
                       y: area.y, style: theme.title, maxWidth: area.width)
            if !rows.isEmpty {
                grid.write(context.text("employment.training.guidanceKey"), x: area.x, y: area.y + 1, style: theme.hint,
                           maxWidth: area.width)
            }
            guard !rows.isEmpty else {
                grid.write(context.text("employment.longTerm.empty"), x: area.x, y: area.y + 2, style: theme.text, maxWidth: area.width)
                return
            }
            let labels = rows.map { row in
                row.name + "  " + row.personID.masked + "  "
                    + context.text("employment.longTerm.line", ["months": "\(row.months)", "count": "\(row.recommendations)"])
                    + (row.guidanceGiven ? "" : "  " + context.text("employment.longTerm.noGuidance"))
            }
            drawWindow(labels, selected: selected, in: &grid, x: area.x, top: area.y + 2, height: area.height - 2,
                       width: area.width, context)
        case .matched(let s):
            MessageBox(title: context.text("employment.match.done", ["month": s.month.iso]),
                       body: context.text("employment.match.summary", [
                           "seekers": "\(s.seekers)", "matched": "\(s.matched)", "short": "\(s.short)",
                           "incomplete": "\(s.incomplete)", "messages": "\(s.messages)",
                       ]), kind: .success, footer: context.text("nav.backHint"))
                .draw(in: &grid, within: area, theme: theme)
        case .published(let lines, let status):
            let room = area.height - 2
            for (offset, line) in lines.prefix(room).enumerated() {
                grid.write(TextLayout.truncate(line, width: area.width), x: area.x, y: area.y + offset,
                           style: offset == 0 ? theme.title : theme.text)
            }
            let text = WorkScreen.printStatus(status, context)
            grid.write(text.text, x: area.x, y: area.y + room, style: text.style, maxWidth: area.width)
        case .failed(let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: area, context)
        }
    }

    /// The monthly confirmation list: one line a worker, last month's status beside this month's choice.
    static func drawConfirmation(month: CalendarMonth, due: CivilDate, rows: [LabourForceRow], selected: Int,
                                 in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        let done = rows.filter { $0.current != nil || $0.pending != nil }.count
        grid.write(context.text("employment.confirm.lead", ["month": month.iso, "due": due.iso, "done": "\(done)",
                                                            "count": "\(rows.count)"]),
                   x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
        grid.write(context.text("employment.confirm.keys"), x: area.x, y: area.y + 1, style: theme.hint, maxWidth: area.width)
        let labels = rows.map { row -> String in
            let last = row.last.map { context.text($0.status.messageKey) } ?? context.text("employment.confirm.noRecord")
            let now: String
            switch row.pending {
            case .unchanged?: now = context.text("employment.confirm.unchanged")
            case .status(let status)?: now = context.text(status.messageKey)
            case nil: now = row.current.map { context.text("employment.confirm.entered", ["status": context.text($0.status.messageKey)]) }
                ?? context.text("employment.confirm.toDo")
            }
            return row.name + "  " + row.personID.masked + "  " + last + " → " + now
        }
        drawWindow(labels, selected: selected, in: &grid, x: area.x, top: area.y + 3, height: area.height - 3,
                   width: area.width, context)
    }

    /// A scrolling window of lines keeping the selected one in view (fast for hundreds of rows: only the window is drawn).
    static func drawWindow(_ labels: [String], selected: Int, in grid: inout Grid, x: Int, top: Int, height: Int, width: Int,
                           _ context: ScreenContext) {
        guard height > 0, !labels.isEmpty else { return }
        let first = max(0, min(selected - height / 2, labels.count - height))
        for row in 0..<min(height, labels.count - first) {
            let index = first + row
            let marker = index == selected ? "▶ " : "  "
            grid.write(TextLayout.truncate(marker + labels[index], width: width), x: x, y: top + row,
                       style: index == selected ? context.theme.menuSelected : context.theme.text)
        }
    }

    /// The class requests (the highlighted one announced with 1, ended with 2), then the follow-ups, open ones first
    /// (the highlighted one opened with Enter).
    static func drawTraining(_ overview: TrainingOverview, selected: Int, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var y = area.y
        grid.write(context.text("employment.training.classesLead", ["count": "\(overview.classes.count)"]), x: area.x, y: y,
                   style: theme.title, maxWidth: area.width)
        y += 1
        if overview.classes.isEmpty {
            grid.write(context.text("employment.training.noClasses"), x: area.x, y: y, style: theme.text, maxWidth: area.width)
            y += 1
        }
        let classRows = min(overview.classes.count, max(1, (area.height - 5) / 2))
        let labels = overview.classes.map { line -> String in
            let state: String
            if let ended = line.endedOn {
                state = context.text("employment.training.ended", ["day": ended.iso])
            } else if let announced = line.announcedOn {
                state = context.text("employment.training.announced", ["day": announced.iso]) + context.text("employment.training.endKey")
            } else {
                state = context.text("employment.training.notAnnounced")
            }
            return context.text("employment.training.classLine", ["trade": line.trade, "people": "\(line.people)",
                                                                   "day": line.requestedOn.iso]) + "  " + state
        }
        drawWindow(labels, selected: selected < overview.classes.count ? selected : -1, in: &grid, x: area.x, top: y,
                   height: classRows, width: area.width, context)
        y += classRows
        if let notice = overview.notice {
            grid.write(context.text(notice), x: area.x, y: y, style: theme.success, maxWidth: area.width)
            y += 1
        } else if let sent = overview.announcedTo {
            grid.write(context.text("employment.training.sent", ["count": "\(sent)"]), x: area.x, y: y, style: theme.success,
                       maxWidth: area.width)
            y += 1
        }
        y += 1
        let open = overview.followUps.filter(\.isOpen).count
        grid.write(context.text("employment.training.followUpsLead", ["open": "\(open)", "count": "\(overview.followUps.count)"]),
                   x: area.x, y: y, style: theme.title, maxWidth: area.width)
        y += 1
        let chosen = selected - overview.classes.count
        let room = max(0, area.maxY - y)
        let first = max(0, min(chosen - room / 2, overview.followUps.count - room))
        for (index, line) in overview.followUps.enumerated().dropFirst(first) where y < area.maxY {
            let marker = index == chosen ? "▶ " : "  "
            let text = marker + line.name + "  " + line.maskedID + "  " + line.trade + "  " + followUpText(line.status, context)
            let style: CellStyle = index == chosen ? theme.menuSelected
                : { if case .visitOverdue = line.status { theme.error } else { theme.text } }()
            grid.write(TextLayout.truncate(text, width: area.width), x: area.x, y: y, style: style)
            y += 1
        }
    }

    /// What a follow-up still needs, in words.
    static func followUpText(_ status: TrainingFollowUp.Status, _ context: ScreenContext) -> String {
        switch status {
        case .recommendationsOwed(let left): context.text("employment.training.owed", ["left": "\(left)"])
        case .visitDue(let by): context.text("employment.training.visitDue", ["day": by.iso])
        case .visitOverdue(let since): context.text("employment.training.visitOverdue", ["day": since.iso])
        case .done: context.text("employment.training.done")
        case .doneLate: context.text("employment.training.doneLate")
        }
    }
}
