import KioskDomain
import TerminalUI

/// The villager's own employment services at the kiosk, without the coordinator (issue item 3): register as a job
/// seeker or change the wishes (status, occupation group, industry, farthest place on the NBS scale, expected wage,
/// trade), see today's matched jobs with their reasons, and register a training wish. Both registrations are business
/// events recorded like any other service (receipt, audit, outbox); neither needs the card PIN (`CardholderPINRule`).
///
/// Keys: a number chooses, arrows and Enter as in every menu; 0 or Esc goes back one question (on a typing screen Esc,
/// or Backspace on an empty field). Enter on an empty wage or trade leaves it unset.
public struct EmploymentServiceFlow: ServiceFlow {
    /// The employment menu's entries, in order.
    public enum Choice: String, CaseIterable, Sendable {
        case wishes, matches, training
    }

    /// Where the villager is.
    public enum Step: Sendable, Equatable {
        case menu(selected: Int)
        case status(selected: Int)
        /// The eight major groups, then "any".
        case occupation(selected: Int)
        /// GB/T 4754 sections A-T, then "any" (paged).
        case industry(selected: Int)
        case place(selected: Int)
        case wage(TextEntry)
        case trade(TextEntry)
        case matches
        case trainingTrade(TextEntry)
    }

    /// The longest trade typed (characters).
    static let tradeLength = 12

    public var step: Step
    public var draft: JobSeekerDraft
    /// Why the last answer was not taken, shown under the field; nil when it was.
    public var problem: UserMessage?

    /// The flow at a step.
    public init(step: Step, draft: JobSeekerDraft, problem: UserMessage? = nil) {
        self.step = step
        self.draft = draft
        self.problem = problem
    }

    public static func start(_ file: VillagerFile) -> FlowResult<EmploymentServiceFlow> {
        .next(EmploymentServiceFlow(step: .menu(selected: 0), draft: JobSeekerDraft(file.employment.profile)))
    }

    public var titleKey: String {
        switch step {
        case .menu: "employment.villager.title"
        case .status, .occupation, .industry, .place, .wage, .trade: "employment.villager.wishes.title"
        case .matches: "employment.villager.matches.title"
        case .trainingTrade: "employment.villager.training.title"
        }
    }

    /// The occupation choices: the major groups, then nil for "any".
    static let occupations: [OccupationCode?] = OccupationCode.majorGroups.map { OccupationCode(majorGroup: $0) } + [nil]
    /// The industry choices: the sections, then nil for "any".
    static let industries: [IndustrySection?] = IndustrySection.allCases.map { $0 } + [nil]

    /// The row of a status among the choices; the first row when none was given.
    static func statusIndex(_ status: EmploymentStatus?) -> Int {
        status.flatMap { JobSeekerDraft.statuses.firstIndex(of: $0) } ?? 0
    }

    /// The row of an occupation's major group among the choices; the first row when none is wished yet.
    static func occupationIndex(_ code: OccupationCode?) -> Int {
        code.flatMap { code in occupations.firstIndex { $0?.majorGroup == code.majorGroup } } ?? 0
    }

    /// The row of an industry among the choices; the first row when none is wished yet.
    static func industryIndex(_ section: IndustrySection?) -> Int {
        section.flatMap { industries.firstIndex(of: $0) } ?? 0
    }

    public func handle(_ key: Key, _ file: VillagerFile) -> FlowResult<EmploymentServiceFlow> {
        var flow = self
        flow.problem = nil
        switch step {
        case .menu(let selected):
            switch MenuKeys.choice(key, count: Choice.allCases.count, selected: selected) {
            case .moved(let index): flow.step = .menu(selected: index)
            case .chosen(let index):
                flow.draft = JobSeekerDraft(file.employment.profile)
                switch Choice.allCases[index] {
                case .wishes: flow.step = .status(selected: Self.statusIndex(draft.status))
                case .matches: flow.step = .matches
                case .training: flow.step = .trainingTrade(TextEntry(maxLength: Self.tradeLength, allowed: .text))
                }
            case .back: return .back
            case nil: return .next(self)
            }
        case .status(let selected):
            switch MenuKeys.choice(key, count: JobSeekerDraft.statuses.count, selected: selected) {
            case .moved(let index): flow.step = .status(selected: index)
            case .chosen(let index):
                flow.draft.status = JobSeekerDraft.statuses[index]
                flow.step = .occupation(selected: Self.occupationIndex(draft.occupation))
            case .back: flow.step = .menu(selected: 0)
            case nil: return .next(self)
            }
        case .occupation(let selected):
            switch PagedMenu.choice(key, count: Self.occupations.count, selected: selected) {
            case .moved(let index): flow.step = .occupation(selected: index)
            case .chosen(let index):
                let chosen = Self.occupations[index]
                // A sub-group registered before is kept when the same major group is chosen again.
                flow.draft.occupation = chosen?.majorGroup == draft.occupation?.majorGroup ? draft.occupation : chosen
                flow.step = .industry(selected: Self.industryIndex(draft.industry))
            case .back: flow.step = .status(selected: Self.statusIndex(draft.status))
            case nil: return .next(self)
            }
        case .industry(let selected):
            switch PagedMenu.choice(key, count: Self.industries.count, selected: selected) {
            case .moved(let index): flow.step = .industry(selected: index)
            case .chosen(let index):
                flow.draft.industry = Self.industries[index]
                flow.step = .place(selected: (draft.place?.rawValue ?? 2) - 1)
            case .back: flow.step = .occupation(selected: Self.occupationIndex(draft.occupation))
            case nil: return .next(self)
            }
        case .place(let selected):
            switch MenuKeys.choice(key, count: PlaceOfWork.allCases.count, selected: selected) {
            case .moved(let index): flow.step = .place(selected: index)
            case .chosen(let index):
                flow.draft.place = PlaceOfWork.allCases[index]
                flow.step = .wage(TextEntry(draft.wage.map(String.init) ?? "", maxLength: 5, allowed: .digits))
            case .back: flow.step = .industry(selected: Self.industryIndex(draft.industry))
            case nil: return .next(self)
            }
        case .wage(var entry):
            switch entry.handle(key) {
            case .edited: flow.step = .wage(entry)
            case .submitted:
                guard entry.text.isEmpty || (Int(entry.text).map { (1...JobSeekerDraft.highestWage).contains($0) } ?? false) else {
                    flow.step = .wage(entry)
                    flow.problem = UserMessage("employment.villager.wage.invalid", ["max": String(JobSeekerDraft.highestWage)])
                    return .next(flow)
                }
                flow.draft.wage = Int(entry.text)
                flow.step = .trade(TextEntry(draft.trade ?? "", maxLength: Self.tradeLength, allowed: .text))
            case .cancelled: flow.step = .place(selected: (draft.place?.rawValue ?? 2) - 1)
            case .ignored: return .next(self)
            }
        case .trade(var entry):
            switch entry.handle(key) {
            case .edited: flow.step = .trade(entry)
            case .submitted:
                let trade = entry.text.trimmingCharacters(in: .whitespaces)
                flow.draft.trade = trade.isEmpty ? nil : trade
                return .confirm(PendingRecord(service: .employment, event: .jobSeekerRegistration(flow.draft.profile(file)),
                                              lines: flow.draft.lines(file)))
            case .cancelled: flow.step = .wage(TextEntry(draft.wage.map(String.init) ?? "", maxLength: 5, allowed: .digits))
            case .ignored: return .next(self)
            }
        case .matches:
            guard key == .escape || key == .character("0") || key == .enter else { return .next(self) }
            flow.step = .menu(selected: Choice.allCases.firstIndex(of: .matches) ?? 0)
        case .trainingTrade(var entry):
            switch entry.handle(key) {
            case .edited: flow.step = .trainingTrade(entry)
            case .submitted:
                let wish = TrainingWish(personID: file.person.id, trade: entry.text, registeredOn: file.today)
                flow.step = .trainingTrade(entry)
                if wish.trade.isEmpty {
                    flow.problem = UserMessage("employment.villager.training.empty")
                } else if file.employment.trainingTrades.contains(wish.trade) {
                    flow.problem = UserMessage("employment.villager.training.already", ["trade": wish.trade])
                } else {
                    return .confirm(PendingRecord(service: .employment, event: .trainingWish(wish),
                                                  lines: [PendingRecord.Line("employment.villager.confirm.trainingTrade",
                                                                             .text(wish.trade), keyFigure: true)]))
                }
            case .cancelled: flow.step = .menu(selected: Choice.allCases.firstIndex(of: .training) ?? 0)
            case .ignored: return .next(self)
            }
        }
        return .next(flow)
    }
}
