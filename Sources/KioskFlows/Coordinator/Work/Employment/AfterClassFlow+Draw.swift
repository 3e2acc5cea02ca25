import KioskDomain
import TerminalUI

/// Drawing of the screens after a class: who took part, a trainee's follow-up, the jobs to recommend, the visit.
extension AfterClassFlow {
    /// A list of lines with a mark each (☑ picked, ☐ not), the highlighted one marked ▶, scrolled to keep it in view.
    static func drawPickList(_ labels: [(text: String, picked: Bool)], selected: Int, in grid: inout Grid, x: Int, top: Int,
                             height: Int, width: Int, _ context: ScreenContext) {
        let marked = labels.map { ($0.picked ? "[✓] " : "[ ] ") + $0.text }
        EmploymentWorkFlow.drawWindow(marked, selected: selected, in: &grid, x: x, top: top, height: height, width: width, context)
    }

    static func drawEnding(_ ending: ClassEnding, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        grid.write(context.text("employment.afterClass.ending.lead", ["trade": ending.trade, "picked": "\(ending.participants.count)",
                                                                      "count": "\(ending.candidates.count)"]),
                   x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
        grid.write(context.text("employment.afterClass.pickKeys"), x: area.x, y: area.y + 1, style: theme.hint, maxWidth: area.width)
        if ending.candidates.isEmpty {
            grid.write(context.text("employment.afterClass.ending.empty"), x: area.x, y: area.y + 3, style: theme.text,
                       maxWidth: area.width)
        }
        drawPickList(ending.candidates.map { (text: $0.name + "  " + $0.personID.masked, picked: $0.picked) },
                     selected: ending.selected, in: &grid, x: area.x, top: area.y + 3, height: area.height - 5, width: area.width,
                     context)
        if let problem = ending.problem {
            grid.write(context.text(problem), x: area.x, y: area.maxY - 1, style: theme.error, maxWidth: area.width)
        }
    }

    static func drawFollowUp(_ line: TrainingOverview.FollowUpLine, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        grid.write(context.text("employment.afterClass.followUp.lead", ["name": line.name, "id": line.maskedID, "trade": line.trade]),
                   x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
        let status = EmploymentWorkFlow.followUpText(line.status, context)
        grid.write(context.text("employment.afterClass.followUp.status", ["status": status]), x: area.x, y: area.y + 1,
                   style: { if case .visitOverdue = line.status { theme.error } else { theme.text } }(), maxWidth: area.width)
        grid.write(context.text("employment.afterClass.followUp.rule"), x: area.x, y: area.y + 2, style: theme.hint,
                   maxWidth: area.width)
        let items = [MenuItem(key: "1", label: context.text("employment.afterClass.followUp.recommend")),
                     MenuItem(key: "2", label: context.text("employment.afterClass.followUp.visit"))]
        NumberedMenu(items: items, selected: nil).draw(in: &grid, rect: Rect(x: area.x, y: area.y + 4, width: area.width, height: 2),
                                                     theme: theme)
    }

    static func drawPick(_ pick: TraineeJobsPick, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        grid.write(context.text("employment.afterClass.pick.lead", ["name": pick.line.name, "trade": pick.line.trade,
                                                                    "picked": "\(pick.picked.count)"]),
                   x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
        grid.write(context.text("employment.afterClass.pickKeys"), x: area.x, y: area.y + 1, style: theme.hint, maxWidth: area.width)
        guard !pick.jobs.isEmpty else {
            for (offset, line) in TextLayout.wrap(context.text("employment.afterClass.pick.empty", ["trade": pick.line.trade]),
                                                  width: area.width).enumerated() {
                grid.write(line, x: area.x, y: area.y + 3 + offset, style: theme.text)
            }
            return
        }
        // Two rows a job: title and employer with the mark, then the matching's reasons.
        let room = max(1, (area.height - 5) / 2)
        let first = max(0, min(pick.selected - room / 2, pick.jobs.count - room))
        var y = area.y + 3
        for (index, job) in pick.jobs.enumerated().dropFirst(first).prefix(room) {
            let marker = (index == pick.selected ? "▶ " : "  ") + (job.picked ? "[✓] " : "[ ] ")
            grid.write(TextLayout.truncate(marker + job.title + "  " + job.employer, width: area.width), x: area.x, y: y,
                       style: index == pick.selected ? theme.menuSelected : theme.text)
            let reasons = job.reasons.map { context.text($0) }.joined(separator: context.text("employment.reason.separator"))
            grid.write(TextLayout.truncate("      " + reasons, width: area.width), x: area.x, y: y + 1, style: theme.hint)
            y += 2
        }
        if let problem = pick.problem {
            grid.write(context.text(problem), x: area.x, y: area.maxY - 1, style: theme.error, maxWidth: area.width)
        }
    }

    static func drawVisit(_ line: TrainingOverview.FollowUpLine, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        grid.write(context.text("employment.afterClass.visit.lead", ["name": line.name, "id": line.maskedID]), x: area.x,
                   y: area.y, style: theme.title, maxWidth: area.width)
        grid.write(context.text("employment.afterClass.visit.question"), x: area.x, y: area.y + 1, style: theme.text,
                   maxWidth: area.width)
        let items = findingKeys.keys.sorted().map { key in
            MenuItem(key: String(key), label: context.text(findingKeys[key]!.messageKey))
        }
        NumberedMenu(items: items, selected: nil).draw(in: &grid, rect: Rect(x: area.x, y: area.y + 3, width: area.width,
                                                                            height: items.count), theme: theme)
    }
}
