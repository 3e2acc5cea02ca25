import KioskDomain
import TerminalUI

/// Pieces every coordinator work screen draws the same way: waiting, a refusal, a receipt, a menu of actions.
enum WorkScreen {
    static func draw(_ work: CoordinatorWork, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        switch work {
        case .rosters(let view): RosterFlow.draw(view, in: &grid, area: area, context)
        case .homeVisits(let form): HomeVisitFlow.draw(form, in: &grid, area: area, context)
        case .deathReport(let form): DeathReportFlow.draw(form, in: &grid, area: area, context)
        case .reminders(let form): ReminderFlow.draw(form, in: &grid, area: area, context)
        case .absentVillager(let form): AbsentVillagerFlow.draw(form, in: &grid, area: area, context)
        case .employment(let form): EmploymentWorkFlow.draw(form, in: &grid, area: area, context)
        }
    }

    /// The hint line under a work screen.
    static func hintKey(_ work: CoordinatorWork) -> String {
        switch work {
        case .homeVisits(let form):
            if case .witness = form.step { return "coordinator.work.typeHint" }
        case .deathReport(let form):
            switch form.step {
            case .search, .date: return "coordinator.work.typeHint"
            default: break
            }
        case .absentVillager(let form):
            switch form.step {
            case .idNumber, .proxyName, .proxyID, .expiry: return "coordinator.work.typeHint"
            case .scope: return "coordinator.absent.scope.hint"
            default: break
            }
        case .rosters, .reminders, .employment:
            break
        }
        return "nav.numberOrBack"
    }

    static func drawLoading(in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        MessageBox(title: context.text("coordinator.work.loading"), body: context.text("coordinator.work.loadingBody"), kind: .info)
            .draw(in: &grid, within: area, theme: context.theme)
    }

    static func drawRecording(in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        MessageBox(title: context.text("recording.title"), body: context.text("recording.body"), kind: .info)
            .draw(in: &grid, within: area, theme: context.theme)
    }

    static func drawFailure(_ notice: UserMessage, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        MessageBox(title: context.text("coordinator.work.failed"), body: context.text(notice),
                   kind: .warning, footer: context.text("nav.backHint"))
            .draw(in: &grid, within: area, theme: context.theme)
    }

    /// A receipt with its print status and the actions under it (`actions` are key/label-key pairs).
    static func drawReceipt(_ receipt: Receipt, _ status: PrintStatus, actions: [(String, String)], in grid: inout Grid,
                            area: Rect, _ context: ScreenContext) {
        let lines = ReceiptText.lines(receipt, strings: context.strings, language: context.state.language,
                                      timeZone: context.state.settings.timeZone)
        let room = area.height - actions.count - 1
        for (offset, line) in lines.enumerated() where offset < room - 1 {
            grid.write(TextLayout.truncate(line, width: area.width), x: area.x, y: area.y + offset,
                       style: offset == 0 ? context.theme.title : context.theme.text)
        }
        let status = printStatus(status, context)
        grid.write(status.text, x: area.x, y: area.y + room - 1, style: status.style, maxWidth: area.width)
        drawActions(actions, in: &grid, x: area.x, y: area.y + room, width: area.width, context)
    }

    /// A numbered list of actions (key, label key) drawn from row `y`.
    static func drawActions(_ actions: [(String, String)], in grid: inout Grid, x: Int, y: Int, width: Int,
                            _ context: ScreenContext) {
        let items = actions.map { MenuItem(key: $0.0, label: context.text($0.1)) }
        NumberedMenu(items: items, selected: nil)
            .draw(in: &grid, rect: Rect(x: x, y: y, width: width, height: items.count), theme: context.theme)
    }

    /// A typed field with a question above it and an optional notice under it.
    static func drawEntry(_ entry: TextEntry, questionKey: String, fieldKey: String, notice: UserMessage?,
                          in grid: inout Grid, area: Rect, _ context: ScreenContext, questionArguments: [String: String] = [:]) {
        grid.write(context.text(questionKey, questionArguments), x: area.x, y: area.y, style: context.theme.title,
                   maxWidth: area.width)
        entry.field(label: context.text(fieldKey))
            .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: min(area.width, 60), height: 1), theme: context.theme)
        if let notice {
            grid.write(context.text(notice), x: area.x, y: area.y + 4,
                       style: context.theme.error, maxWidth: area.width)
        }
    }

    /// Label/value rows, then the notes (rows without a value) wrapped under them, so notes do not widen the labels.
    static func drawRows(_ rows: [PendingRecord.Line], in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let values = rows.filter { $0.value != .none }
        let notes = rows.filter { $0.value == .none }
        InfoRows.draw(values, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: values.count), context)
        InfoRows.draw(notes, in: &grid, area: Rect(x: area.x, y: area.y + values.count + 1, width: area.width,
                                                   height: max(0, area.height - values.count - 1)), context)
    }

    /// How printing went, as a line of text.
    static func printStatus(_ status: PrintStatus, _ context: ScreenContext) -> (text: String, style: CellStyle) {
        switch status {
        case .printing: (context.text("print.printing"), context.theme.hint)
        case .printed: (context.text("print.printed"), context.theme.success)
        case .failed(let reason): (context.text(UserMessage("print.failed", nested: ["reason": reason])), context.theme.error)
        case .noPrinter: (context.text("print.noPrinter"), context.theme.hint)
        }
    }

    /// `name  4501**********2823`: who a screen is about.
    static func who(_ person: Person) -> String {
        person.name + "  " + person.id.masked
    }
}
