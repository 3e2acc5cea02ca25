import KioskDomain
import TerminalUI

/// The rosters page (花名册与参保率): coverage against the 95 % target, then the lists to work through.
public struct RosterView: Sendable, Equatable {
    /// Which screen of the rosters shows.
    public enum Page: Sendable, Equatable {
        case loading
        /// The coverage figures and the numbered lists.
        case overview(selected: Int)
        /// One list, paged; `selected` is the highlighted person.
        case list(RosterList, selected: Int)
        case failed(UserMessage)
    }

    /// The village's rosters; nil until the store answers.
    public var roster: VillageRoster?
    public var page: Page

    /// Rosters waiting for the store.
    public init(roster: VillageRoster? = nil, page: Page = .loading) {
        self.roster = roster
        self.page = page
    }
}

/// The lists under the coverage figures.
public enum RosterList: String, Sendable, CaseIterable {
    /// Uninsured adults, the ones with a phone first to call: the mobilisation list (动员名单).
    case uninsured
    /// Pensioners whose certification is due or overdue.
    case certification
    /// People reaching 60 within 12 months with too few years.
    case approachingPension

    /// The message key of the list's name.
    public var labelKey: String { "coordinator.rosters.list.\(rawValue)" }

    /// The people on this list, in the order shown.
    public func entries(_ roster: VillageRoster) -> [RosterEntry] {
        switch self {
        case .uninsured:
            roster.mobilisation + roster.uninsuredAdults.filter { $0.person.phone == nil }
        case .certification:
            roster.certificationOverdue + roster.certificationDue
        case .approachingPension:
            roster.approachingPensionAge
        }
    }
}

/// Keys and drawing of the rosters page.
enum RosterFlow {
    static func reduce(_ state: inout KioskState, _ view: RosterView, _ key: Key) -> [KioskEffect] {
        var view = view
        switch view.page {
        case .loading:
            return []
        case .failed:
            guard key == .escape || key == .character("0") || key == .enter else { return [] }
            CoordinatorWorkFlow.backToMenu(&state, from: .rosters)
            return []
        case .overview(let selected):
            switch MenuKeys.choice(key, count: RosterList.allCases.count, selected: selected) {
            case .moved(let index):
                view.page = .overview(selected: index)
            case .chosen(let index):
                view.page = .list(RosterList.allCases[index], selected: 0)
            case .back:
                CoordinatorWorkFlow.backToMenu(&state, from: .rosters)
                return []
            case nil:
                return []
            }
        case .list(let list, let selected):
            let count = view.roster.map { list.entries($0).count } ?? 0
            if count == 0 {
                guard key == .escape || key == .character("0") || key == .enter else { return [] }
                view.page = .overview(selected: RosterList.allCases.firstIndex(of: list) ?? 0)
            } else {
                switch PagedMenu.choice(key, count: count, selected: selected) {
                case .moved(let index), .chosen(let index):
                    view.page = .list(list, selected: index)
                case .back:
                    view.page = .overview(selected: RosterList.allCases.firstIndex(of: list) ?? 0)
                case nil:
                    return []
                }
            }
        }
        state.screen = .coordinator(.work(.rosters(view)))
        return []
    }

    /// The village's coverage as one bar on a scale of 100 %, the target marked.
    static func coverageChart(_ roster: VillageRoster, _ context: ScreenContext) -> BarChart {
        let coverage = roster.coverage
        let figure = context.text("chart.coverage.figure", [
            "rate": coverage.percentText, "target": CoverageFigures.percentText(perMille: roster.coverageTargetPerMille),
        ])
        return BarChart(bars: [.init(label: context.text("chart.coverage.label"), value: coverage.perMille, figure: figure)],
                        maximum: 1000, target: roster.coverageTargetPerMille)
    }

    static func draw(_ view: RosterView, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        switch view.page {
        case .loading:
            WorkScreen.drawLoading(in: &grid, area: area, context)
        case .failed(let notice):
            WorkScreen.drawFailure(notice, in: &grid, area: area, context)
        case .overview(let selected):
            guard let roster = view.roster else { return }
            let coverage = roster.coverage
            var rows: [PendingRecord.Line] = [
                .init("coordinator.rosters.adults", .text("\(coverage.adults)")),
                .init("coordinator.rosters.insured", .text("\(coverage.insured)")),
                .init("coordinator.rosters.uninsured", .text("\(coverage.uninsured)")),
                .init("coordinator.rosters.rate", .text(coverage.percentText), keyFigure: true),
                .init("coordinator.rosters.target", .text(CoverageFigures.percentText(perMille: roster.coverageTargetPerMille))),
            ]
            rows.append(roster.meetsCoverageTarget
                ? .init("coordinator.rosters.targetMet", .message("coordinator.rosters.targetMetValue"))
                : .init("coordinator.rosters.short", .text(context.text("coordinator.rosters.people",
                                                                         ["count": "\(roster.shortOfCoverageTarget)"]))))
            grid.write(context.text("coordinator.rosters.lead", ["date": roster.day.iso]), x: area.x, y: area.y,
                       style: theme.text, maxWidth: area.width)
            InfoRows.draw(rows, in: &grid, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: rows.count), context)
            // The coverage as a bar against the target, the figures beside it (never colour alone).
            coverageChart(roster, context).draw(in: &grid, rect: Rect(x: area.x, y: area.y + 2 + rows.count, width: area.width, height: 1),
                                                labelStyle: theme.subtitle, barStyle: theme.text)
            let items = RosterList.allCases.enumerated().map { index, list in
                MenuItem(key: "\(index + 1)", label: context.text(list.labelKey) + "  "
                         + context.text("coordinator.rosters.people", ["count": "\(list.entries(roster).count)"]))
            }
            let top = area.y + 3 + rows.count
            NumberedMenu(items: items, selected: selected)
                .draw(in: &grid, rect: Rect(x: area.x, y: top, width: area.width, height: items.count), theme: theme)
        case .list(let list, let selected):
            guard let roster = view.roster else { return }
            let entries = list.entries(roster)
            grid.write(context.text(list.labelKey) + "  " + context.text("coordinator.rosters.people", ["count": "\(entries.count)"]),
                       x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
            guard !entries.isEmpty else {
                grid.write(context.text("coordinator.rosters.empty"), x: area.x, y: area.y + 2, style: theme.text,
                           maxWidth: area.width)
                return
            }
            let labels = entries.map { label($0, list, roster, context) }
            PagedMenu.draw(labels, selected: selected, in: &grid, x: area.x, top: area.y + 2, width: area.width, context)
        }
    }

    /// One person's line: name, masked ID, and what the list is about.
    static func label(_ entry: RosterEntry, _ list: RosterList, _ roster: VillageRoster, _ context: ScreenContext) -> String {
        let person = entry.person
        let name = TextLayout.truncate(person.name, width: 8)
        let base = name + String(repeating: " ", count: max(1, 9 - DisplayWidth.of(name))) + person.id.masked + "  "
        switch list {
        case .uninsured:
            return base + (person.phone?.value ?? context.text("coordinator.rosters.noPhone"))
        case .certification:
            let until = entry.account.certifiedUntil?.iso ?? "—"
            let overdue = roster.certificationOverdue.contains { $0.person.id == person.id }
            let mark = context.text(overdue ? "coordinator.rosters.overdue" : "coordinator.rosters.due", ["date": until])
            return base + mark + (entry.needsHomeVisit ? " " + context.text("coordinator.rosters.homeVisit") : "")
        case .approachingPension:
            return base + context.text("coordinator.rosters.approaching", [
                "date": person.birthDate.anniversary(60).iso, "years": "\(entry.contributionYears)",
            ])
        }
    }
}
