import KioskDomain
import TerminalUI

/// Home visits (上门服务): the visit list from the local file, the witness, the confirmation, the receipt.
public struct HomeVisitForm: Sendable, Equatable {
    /// Where the coordinator is.
    public enum Step: Sendable, Equatable {
        case loading
        case list(selected: Int)
        /// The witness's name is typed.
        case witness(RosterEntry, TextEntry)
        /// What will be recorded: the person, today as the visit day, the witness.
        case confirming(RosterEntry, witness: String)
        case recording(RosterEntry, witness: String)
        case receipt(Receipt, PrintStatus)
        case failed(UserMessage)
    }

    /// Pensioners who cannot walk and whose certification is due or overdue, overdue first.
    public var list: [RosterEntry]
    public var step: Step

    /// A form waiting for the list.
    public init(list: [RosterEntry] = [], step: Step = .loading) {
        self.list = list
        self.step = step
    }
}

/// Keys and drawing of the home visits.
enum HomeVisitFlow {
    /// The longest witness name.
    static let witnessLength = 20

    static func reduce(_ state: inout KioskState, _ form: HomeVisitForm, _ key: Key) -> [KioskEffect] {
        var form = form
        var effects: [KioskEffect] = []
        switch form.step {
        case .loading, .recording:
            return []
        case .list(let selected):
            guard !form.list.isEmpty else {
                if key == .escape || key == .character("0") || key == .enter {
                    CoordinatorWorkFlow.backToMenu(&state, from: .homeVisits)
                }
                return []
            }
            switch PagedMenu.choice(key, count: form.list.count, selected: selected) {
            case .moved(let index):
                form.step = .list(selected: index)
            case .chosen(let index):
                form.step = .witness(form.list[index], TextEntry(maxLength: witnessLength, allowed: .text))
            case .back:
                CoordinatorWorkFlow.backToMenu(&state, from: .homeVisits)
                return []
            case nil:
                return []
            }
        case .witness(let entry, var witness):
            switch witness.handle(key) {
            case .edited:
                form.step = .witness(entry, witness)
            case .submitted:
                let name = witness.text.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty else { return [] }
                form.step = .confirming(entry, witness: name)
            case .cancelled:
                form.step = .list(selected: index(of: entry, in: form))
            case .ignored:
                return []
            }
        case .confirming(let entry, let witness):
            switch key {
            case .character("1"), .enter:
                let confirmation = Screen.coordinator(.work(.homeVisits(form)))
                form.step = .recording(entry, witness: witness)
                return CoordinatorPINStage.guarded(
                    &state, .homeVisitCertification, confirmation: confirmation,
                    recording: .coordinator(.work(.homeVisits(form))),
                    effects: [.recordHomeVisit(personID: entry.person.id, witness: witness, actor: state.actor)])
            case .character("0"), .escape:
                form.step = .witness(entry, TextEntry(witness, maxLength: witnessLength, allowed: .text))
            default:
                return []
            }
        case .receipt(let receipt, let status):
            if key == .character("1"), state.settings.hasPrinter, status != .printing {
                form.step = .receipt(receipt, .printing)
                effects = [.printReceipt(receipt)]
            } else if key == .character("0") || key == .escape || key == .enter {
                form.step = .list(selected: 0)
            } else {
                return []
            }
        case .failed:
            guard key == .escape || key == .character("0") || key == .enter else { return [] }
            form.step = .list(selected: 0)
        }
        state.screen = .coordinator(.work(.homeVisits(form)))
        return effects
    }

    private static func index(of entry: RosterEntry, in form: HomeVisitForm) -> Int {
        form.list.firstIndex { $0.person.id == entry.person.id } ?? 0
    }

    static func draw(_ form: HomeVisitForm, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        switch form.step {
        case .loading:
            WorkScreen.drawLoading(in: &grid, area: area, context)
        case .list(let selected):
            grid.write(context.text("coordinator.visits.lead", ["count": "\(form.list.count)"]), x: area.x, y: area.y,
                       style: theme.text, maxWidth: area.width)
            guard !form.list.isEmpty else {
                grid.write(context.text("coordinator.visits.empty"), x: area.x, y: area.y + 2, style: theme.text,
                           maxWidth: area.width)
                return
            }
            let labels = form.list.map { entry in
                let until = entry.account.certifiedUntil?.iso ?? "—"
                let key = entry.account.certifiedUntil.map { $0 < context.state.clock.civilDate } ?? true
                    || entry.account.status == .pensionSuspended ? "coordinator.rosters.overdue" : "coordinator.rosters.due"
                let place = entry.person.address.isEmpty ? "" : "  " + entry.person.address
                return WorkScreen.who(entry.person) + "  " + context.text(key, ["date": until]) + place
            }
            PagedMenu.draw(labels, selected: selected, in: &grid, x: area.x, top: area.y + 2, width: area.width, context)
        case .witness(let entry, let witness):
            WorkScreen.drawEntry(witness, questionKey: "coordinator.visits.witness.question", fieldKey: "coordinator.visits.witness",
                                 notice: nil, in: &grid, area: area, context, questionArguments: ["name": entry.person.name])
        case .confirming(let entry, let witness):
            let rows: [PendingRecord.Line] = [
                .init("coordinator.confirm.person", .text(WorkScreen.who(entry.person))),
                .init("coordinator.visits.confirm.service", .message("coordinator.visits.confirm.certification")),
                .init("coordinator.visits.confirm.day", .date(context.state.clock.civilDate), keyFigure: true),
                .init("coordinator.visits.witness", .text(witness)),
                .init("coordinator.visits.confirm.note"),
            ]
            WorkScreen.drawRows(rows, in: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            WorkScreen.drawActions([("1", "confirm.yes"), ("0", "nav.back")], in: &grid, x: area.x,
                                   y: area.y + area.height - 2, width: area.width, context)
        case .recording:
            WorkScreen.drawRecording(in: &grid, area: area, context)
        case .receipt(let receipt, let status):
            var actions = [("0", "coordinator.visits.backToList")]
            if context.state.settings.hasPrinter { actions.insert(("1", "coordinator.work.printAgain"), at: 0) }
            WorkScreen.drawReceipt(receipt, status, actions: actions, in: &grid, area: area, context)
        case .failed(let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: area, context)
        }
    }
}

extension WallClockTime {
    /// The day of this moment.
    var civilDate: CivilDate {
        CivilDate(year: year, month: month, day: day) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}
