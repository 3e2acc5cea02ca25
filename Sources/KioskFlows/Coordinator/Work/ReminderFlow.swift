import KioskDomain
import TerminalUI

/// Contribution reminders (缴费提醒): who on the tax office's non-payer list still needs a reminder this month,
/// how they were reminded, and the once-a-month rule's refusal said plainly.
public struct ReminderForm: Sendable, Equatable {
    /// Where the coordinator is.
    public enum Step: Sendable, Equatable {
        case loading
        case list(selected: Int)
        case channel(ReminderLine, selected: Int)
        case recording(ReminderLine, ReminderChannel)
        case recorded(ReminderLine, ReminderChannel)
        /// The store refused the reminder (e.g. already reminded this month).
        case refused(ReminderLine, UserMessage)
        case failed(UserMessage)
    }

    /// Who still needs a reminder this month.
    public var lines: [ReminderLine]
    public var step: Step

    /// A form waiting for the list.
    public init(lines: [ReminderLine] = [], step: Step = .loading) {
        self.lines = lines
        self.step = step
    }
}

/// Keys and drawing of the reminders.
enum ReminderFlow {
    static func reduce(_ state: inout KioskState, _ form: ReminderForm, _ key: Key) -> [KioskEffect] {
        var form = form
        var effects: [KioskEffect] = []
        let isDone = key == .escape || key == .character("0") || key == .enter
        switch form.step {
        case .loading, .recording:
            return []
        case .list(let selected):
            if form.lines.isEmpty {
                guard isDone else { return [] }
                CoordinatorWorkFlow.backToMenu(&state, from: .reminders)
                return []
            }
            switch PagedMenu.choice(key, count: form.lines.count, selected: selected) {
            case .moved(let index): form.step = .list(selected: index)
            case .chosen(let index): form.step = .channel(form.lines[index], selected: 0)
            case .back:
                CoordinatorWorkFlow.backToMenu(&state, from: .reminders)
                return []
            case nil: return []
            }
        case .channel(let line, let selected):
            switch MenuKeys.choice(key, count: ReminderChannel.allCases.count, selected: selected) {
            case .moved(let index): form.step = .channel(line, selected: index)
            case .chosen(let index):
                let channel = ReminderChannel.allCases[index]
                form.step = .recording(line, channel)
                effects = [.recordReminder(personID: line.personID, channel: channel, actor: state.actor)]
            case .back: form.step = .list(selected: index(of: line, form))
            case nil: return []
            }
        case .recorded(let line, _), .refused(let line, _):
            guard isDone else { return [] }
            form.lines.removeAll { $0.personID == line.personID }
            form.step = .list(selected: 0)
        case .failed:
            guard isDone else { return [] }
            CoordinatorWorkFlow.backToMenu(&state, from: .reminders)
            return []
        }
        state.screen = .coordinator(.work(.reminders(form)))
        return effects
    }

    /// The store listed who still needs a reminder.
    static func loaded(_ state: inout KioskState, _ lines: [ReminderLine]) {
        guard case .reminders(var form)? = CoordinatorWorkFlow.current(state), form.step == .loading else { return }
        form.lines = lines
        form.step = .list(selected: 0)
        state.screen = .coordinator(.work(.reminders(form)))
    }

    /// The store recorded the reminder.
    static func recorded(_ state: inout KioskState) {
        guard case .reminders(var form)? = CoordinatorWorkFlow.current(state),
              case .recording(let line, let channel) = form.step else { return }
        form.step = .recorded(line, channel)
        state.screen = .coordinator(.work(.reminders(form)))
    }

    private static func index(of line: ReminderLine, _ form: ReminderForm) -> Int {
        form.lines.firstIndex { $0.personID == line.personID } ?? 0
    }

    static func draw(_ form: ReminderForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        switch form.step {
        case .loading:
            WorkScreen.drawLoading(in: &grid, area: area, context)
        case .list(let selected):
            grid.write(context.text("coordinator.reminders.lead", ["count": "\(form.lines.count)"]), x: area.x, y: area.y,
                       style: theme.text, maxWidth: area.width)
            guard !form.lines.isEmpty else {
                grid.write(context.text("coordinator.reminders.empty"), x: area.x, y: area.y + 2, style: theme.text,
                           maxWidth: area.width)
                return
            }
            let labels = form.lines.map { line in
                line.name + "  " + line.personID.masked + "  "
                    + context.text("coordinator.reminders.due", ["year": "\(line.year)", "amount": line.amountDue.yuanText])
                    + "  " + (line.phone ?? context.text("coordinator.rosters.noPhone"))
            }
            PagedMenu.draw(labels, selected: selected, in: &grid, x: area.x, top: area.y + 2, width: area.width, context)
        case .channel(let line, let selected):
            grid.write(context.text("coordinator.reminders.channel.question", ["name": line.name]), x: area.x, y: area.y,
                       style: theme.title, maxWidth: area.width)
            let items = ReminderChannel.allCases.enumerated().map {
                MenuItem(key: "\($0.offset + 1)", label: context.text($0.element.messageKey))
            }
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2, width: area.width, height: items.count), theme: theme)
        case .recording:
            WorkScreen.drawRecording(in: &grid, area: area, context)
        case .recorded(let line, let channel):
            MessageBox(title: context.text("coordinator.reminders.recorded"),
                       body: context.text("coordinator.reminders.recordedBody", [
                           "name": line.name, "channel": context.text(channel.messageKey),
                           "date": context.state.clock.civilDate.iso,
                       ]), kind: .success, footer: context.text("coordinator.reminders.backToList"))
                .draw(in: &grid, within: area, theme: theme)
        case .refused(let line, let notice):
            MessageBox(title: context.text("coordinator.reminders.refused", ["name": line.name]),
                       body: context.text(notice), kind: .warning,
                       footer: context.text("coordinator.reminders.backToList"))
                .draw(in: &grid, within: area, theme: theme)
        case .failed(let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: area, context)
        }
    }
}
