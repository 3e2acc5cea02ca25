import KioskDomain
import TerminalUI

/// The death report (死亡报告): the person, the day of death, who reported it, the confirmation, the receipt,
/// and this month's deaths with a printed sheet.
public struct DeathReportForm: Sendable, Equatable {
    /// Where the coordinator is.
    public enum Step: Sendable, Equatable {
        case loading
        /// Find by ID number, pick from the pensioners, or see this month's deaths.
        case way(selected: Int)
        /// Part of the ID number is typed.
        case search(TextEntry, notice: UserMessage?)
        case results([RosterEntry], selected: Int)
        case pensioners(selected: Int)
        /// The day of death, typed YYYYMMDD.
        case date(RosterEntry, TextEntry, notice: UserMessage?)
        case source(RosterEntry, CivilDate, selected: Int)
        /// The kind of document the report rests on.
        case evidenceKind(RosterEntry, CivilDate, DeathSource, selected: Int)
        /// The document's number, typed.
        case evidenceNumber(RosterEntry, CivilDate, DeathSource, ActEvidenceKind, TextEntry, notice: UserMessage?)
        case confirming(RosterEntry, CivilDate, DeathSource, ActEvidence)
        case recording(RosterEntry, CivilDate, DeathSource, ActEvidence)
        case receipt(Receipt, PrintStatus)
        case failed(UserMessage)
        /// This month's deaths (nil while loading) and how printing the sheet went (nil before printing).
        case monthly(CalendarMonth, [DeathListLine]?, PrintStatus?)
        case monthlyFailed(CalendarMonth, UserMessage)
    }

    /// The living people of the village, to search by ID number.
    public var people: [RosterEntry]
    /// The living pensioners, by name.
    public var pensioners: [RosterEntry]
    public var step: Step

    /// A form waiting for the village's people.
    public init(people: [RosterEntry] = [], pensioners: [RosterEntry] = [], step: Step = .loading) {
        self.people = people
        self.pensioners = pensioners
        self.step = step
    }
}

/// Keys of the death report.
enum DeathReportFlow {
    /// The ways in, in menu order.
    enum Way: CaseIterable {
        case searchByID, pensionerList, thisMonth

        var labelKey: String {
            switch self {
            case .searchByID: "coordinator.death.way.search"
            case .pensionerList: "coordinator.death.way.pensioners"
            case .thisMonth: "coordinator.death.way.thisMonth"
            }
        }
    }

    /// The fewest ID digits a search takes.
    static let searchMinimum = 4

    /// The living adults of the roster, by name.
    static func people(in roster: VillageRoster) -> [RosterEntry] {
        (roster.insuredAdults + roster.uninsuredAdults).sorted { ($0.person.name, $0.person.id.value) < ($1.person.name, $1.person.id.value) }
    }

    /// The living pensioners of the roster, by name.
    static func pensioners(in roster: VillageRoster) -> [RosterEntry] {
        people(in: roster).filter(\.isPensioner)
    }

    static func reduce(_ state: inout KioskState, _ form: DeathReportForm, _ key: Key) -> [KioskEffect] {
        var form = form
        var effects: [KioskEffect] = []
        let isBack = key == .escape || key == .character("0")
        let today = state.clock.civilDate
        switch form.step {
        case .loading, .recording:
            return []
        case .way(let selected):
            switch MenuKeys.choice(key, count: Way.allCases.count, selected: selected) {
            case .moved(let index):
                form.step = .way(selected: index)
            case .chosen(let index):
                switch Way.allCases[index] {
                case .searchByID: form.step = .search(TextEntry(maxLength: 18, allowed: .idNumber), notice: nil)
                case .pensionerList: form.step = .pensioners(selected: 0)
                case .thisMonth:
                    form.step = .monthly(CalendarMonth(today), nil, nil)
                    effects = [.loadMonthlyDeaths(CalendarMonth(today))]
                }
            case .back:
                CoordinatorWorkFlow.backToMenu(&state, from: .deathReport)
                return []
            case nil:
                return []
            }
        case .search(var entry, _):
            switch entry.handle(key) {
            case .edited:
                form.step = .search(entry, notice: nil)
            case .submitted:
                guard entry.text.count >= searchMinimum else {
                    form.step = .search(entry, notice: UserMessage("coordinator.death.search.tooShort", ["count": "\(searchMinimum)"]))
                    break
                }
                let found = form.people.filter { $0.person.id.value.contains(entry.text) }
                form.step = found.isEmpty
                    ? .search(entry, notice: UserMessage("coordinator.death.search.none"))
                    : .results(found, selected: 0)
            case .cancelled:
                form.step = .way(selected: 0)
            case .ignored:
                return []
            }
        case .results(let found, let selected):
            switch PagedMenu.choice(key, count: found.count, selected: selected) {
            case .moved(let index): form.step = .results(found, selected: index)
            case .chosen(let index): form.step = .date(found[index], dateEntry(), notice: nil)
            case .back: form.step = .search(TextEntry(maxLength: 18, allowed: .idNumber), notice: nil)
            case nil: return []
            }
        case .pensioners(let selected):
            if form.pensioners.isEmpty {
                guard isBack || key == .enter else { return [] }
                form.step = .way(selected: 1)
                break
            }
            switch PagedMenu.choice(key, count: form.pensioners.count, selected: selected) {
            case .moved(let index): form.step = .pensioners(selected: index)
            case .chosen(let index): form.step = .date(form.pensioners[index], dateEntry(), notice: nil)
            case .back: form.step = .way(selected: 1)
            case nil: return []
            }
        case .date(let person, var entry, _):
            switch entry.handle(key) {
            case .edited:
                form.step = .date(person, entry, notice: nil)
            case .submitted:
                switch check(entry.text, person, today: today) {
                case .success(let day): form.step = .source(person, day, selected: 0)
                case .failure(let notice): form.step = .date(person, entry, notice: notice)
                }
            case .cancelled:
                form.step = .way(selected: 0)
            case .ignored:
                return []
            }
        case .source(let person, let day, let selected):
            switch MenuKeys.choice(key, count: DeathSource.allCases.count, selected: selected) {
            case .moved(let index): form.step = .source(person, day, selected: index)
            case .chosen(let index): form.step = .evidenceKind(person, day, DeathSource.allCases[index], selected: 0)
            case .back: form.step = .date(person, dateEntry(day.compact), notice: nil)
            case nil: return []
            }
        case .evidenceKind(let person, let day, let source, let selected):
            switch MenuKeys.choice(key, count: ActEvidenceKind.kinds(for: .death).count, selected: selected) {
            case .moved(let index): form.step = .evidenceKind(person, day, source, selected: index)
            case .chosen(let index):
                form.step = .evidenceNumber(person, day, source, ActEvidenceKind.kinds(for: .death)[index], evidenceEntry(), notice: nil)
            case .back: form.step = .source(person, day, selected: DeathSource.allCases.firstIndex(of: source) ?? 0)
            case nil: return []
            }
        case .evidenceNumber(let person, let day, let source, let kind, var entry, _):
            switch entry.handle(key) {
            case .edited:
                form.step = .evidenceNumber(person, day, source, kind, entry, notice: nil)
            case .submitted:
                do {
                    let evidence = try ActEvidence.validated(kind: kind, documentNumber: entry.text)
                    form.step = .confirming(person, day, source, evidence)
                } catch {
                    form.step = .evidenceNumber(person, day, source, kind, entry, notice: error.userMessage)
                }
            case .cancelled:
                form.step = .evidenceKind(person, day, source, selected: ActEvidenceKind.kinds(for: .death).firstIndex(of: kind) ?? 0)
            case .ignored:
                return []
            }
        case .confirming(let person, let day, let source, let evidence):
            if key == .character("1") || key == .enter {
                let confirmation = Screen.coordinator(.work(.deathReport(form)))
                form.step = .recording(person, day, source, evidence)
                return CoordinatorPINStage.guarded(
                    &state, .deathReport, confirmation: confirmation, recording: .coordinator(.work(.deathReport(form))),
                    effects: [.reportDeath(personID: person.person.id, diedOn: day, source: source, evidence: evidence,
                                           actor: state.actor)])
            } else if isBack {
                form.step = .evidenceNumber(person, day, source, evidence.kind, evidenceEntry(evidence.documentNumber), notice: nil)
            } else {
                return []
            }
        case .receipt(let receipt, let status):
            switch key {
            case .character("1") where state.settings.hasPrinter && status != .printing:
                form.step = .receipt(receipt, .printing)
                effects = [.printReceipt(receipt)]
            case .character("2"):
                form.step = .monthly(CalendarMonth(today), nil, nil)
                effects = [.loadMonthlyDeaths(CalendarMonth(today))]
            case .character("0"), .escape, .enter:
                form.step = .way(selected: 0)
            default:
                return []
            }
        case .failed:
            guard isBack || key == .enter else { return [] }
            form.step = .way(selected: 0)
        case .monthly(let month, let lines, let status):
            if key == .character("1"), state.settings.hasPrinter, lines != nil, status != .printing {
                form.step = .monthly(month, lines, .printing)
                effects = [.printDeathReport(month, villageName: state.settings.villageName,
                                             coordinatorName: state.coordinator?.name ?? "")]
            } else if let other = otherMonth(key, from: month, today: today), lines != nil, status != .printing {
                // An earlier month's report stays complete: deaths recorded later are in their own month's report.
                form.step = .monthly(other, nil, nil)
                effects = [.loadMonthlyDeaths(other)]
            } else if isBack || key == .enter {
                form.step = .way(selected: Way.allCases.firstIndex(of: .thisMonth) ?? 0)
            } else {
                return []
            }
        case .monthlyFailed:
            guard isBack || key == .enter else { return [] }
            form.step = .way(selected: Way.allCases.firstIndex(of: .thisMonth) ?? 0)
        }
        state.screen = .coordinator(.work(.deathReport(form)))
        return effects
    }

    /// The store listed this month's deaths.
    static func monthlyLoaded(_ state: inout KioskState, _ lines: [DeathListLine]) {
        guard case .deathReport(var form)? = CoordinatorWorkFlow.current(state),
              case .monthly(let month, nil, let status) = form.step else { return }
        form.step = .monthly(month, lines, status)
        state.screen = .coordinator(.work(.deathReport(form)))
    }

    /// The month key 2 (the one before) or 3 (the one after, never past this month) leads to from `month`.
    static func otherMonth(_ key: Key, from month: CalendarMonth, today: CivilDate) -> CalendarMonth? {
        switch key {
        case .character("2"), .left: return CalendarMonth(month.firstDay.adding(months: -1))
        case .character("3"), .right:
            let next = CalendarMonth(month.firstDay.adding(months: 1))
            return next <= CalendarMonth(today) ? next : nil
        default: return nil
        }
    }

    private static func dateEntry(_ text: String = "") -> TextEntry {
        TextEntry(text, maxLength: 8, allowed: .digits)
    }

    static func evidenceEntry(_ text: String = "") -> TextEntry {
        TextEntry(text, maxLength: ActEvidence.numberLength.upperBound, allowed: .text)
    }

    /// The typed day of death, or why it cannot be: not a date, in the future, before birth, already recorded.
    static func check(_ text: String, _ entry: RosterEntry, today: CivilDate) -> Result<CivilDate, UserMessage> {
        guard text.count == 8, let number = Int(text),
              let day = CivilDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            return .failure(UserMessage("coordinator.death.date.invalid"))
        }
        if let refusal = DeathReportDecision.refusal(person: entry.person, account: entry.account, diedOn: day, today: today) {
            return .failure(refusal.userMessage)
        }
        return .success(day)
    }

    /// What recording the death will do, decided for the confirmation screen.
    static func decision(_ entry: RosterEntry, _ day: CivilDate, _ source: DeathSource, _ evidence: ActEvidence,
                         today: CivilDate) -> DeathReportDecision? {
        try? DeathReportDecision.decide(person: entry.person, account: entry.account, diedOn: day, source: source,
                                        evidence: evidence, today: today)
    }
}

