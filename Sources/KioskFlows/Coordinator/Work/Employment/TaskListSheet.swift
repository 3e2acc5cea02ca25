import KioskDomain
import TerminalUI

/// The coordinator's task-list screen (issue 15 item 6, annex items 1-17): each item of the year with its figure, the
/// plan's figure and a bar (`BarChart`, the target marked `┊`, the figures and the standing always written as text),
/// items needing paper evidence marked; six items a page at 80x24, 8 and 9 turn the pages.
///
/// The items are `AnnexTaskList.items` as the store's evidence and the policy table in force give them, the same
/// computation as `kiosk report tasklist` (`EmploymentDesk.taskList`).
public struct TaskListSheet: Sendable, Equatable {
    /// Items a page.
    public static let itemsPerPage = 6

    public var year: Int
    /// The day the figures stand on.
    public var day: CivilDate
    public var items: [AnnexTaskList.Item]

    /// A sheet.
    public init(year: Int, day: CivilDate, items: [AnnexTaskList.Item]) {
        self.year = year
        self.day = day
        self.items = items
    }

    /// Pages the items take (at least one).
    public var pages: Int { max(1, (items.count + Self.itemsPerPage - 1) / Self.itemsPerPage) }

    /// The items of a page (0-based).
    public func items(onPage page: Int) -> ArraySlice<AnnexTaskList.Item> {
        let start = min(items.count, max(0, page) * Self.itemsPerPage)
        return items[start..<min(items.count, start + Self.itemsPerPage)]
    }

    /// The page a key turns to from `page`: 9 (or →, PgDn) the next, 8 (or ←, PgUp) the previous; nil for other keys
    /// and at either end.
    public func page(after key: Key, from page: Int) -> Int? {
        switch key {
        case .character("9"), .right, .pageDown: page + 1 < pages ? page + 1 : nil
        case .character("8"), .left, .pageUp: page > 0 ? page - 1 : nil
        default: nil
        }
    }

    /// An item's figures as written beside its bar: "9 / 目标 10", or the count alone when the plan sets no figure.
    static func figure(_ progress: TaskProgress, _ context: ScreenContext) -> String {
        func text(_ value: Int) -> String {
            progress.unit == .perMille ? CoverageFigures.percentText(perMille: value) : "\(value)"
        }
        return progress.target.map {
            context.text("employment.taskList.figure.target", ["value": text(progress.value), "target": text($0)])
        } ?? context.text("employment.taskList.figure.count", ["value": text(progress.value)])
    }

    /// The bar of an item's progress, its figures right-aligned in `figureWidth` columns so a page's bars line up.
    static func chart(_ progress: TaskProgress, figureWidth: Int, _ context: ScreenContext) -> BarChart {
        let figure = TextLayout.align(figure(progress, context), width: figureWidth, alignment: .trailing)
        return BarChart(bars: [.init(label: "", value: progress.value, figure: figure)], maximum: progress.scale,
                        target: progress.target.flatMap { $0 > 0 ? $0 : nil }, maxLabelWidth: 0)
    }

    /// Draws a page: the year's lead, then per item its number, title, standing (and paper) on one row and its bar on
    /// the next, then the page line.
    static func draw(_ sheet: TaskListSheet, page: Int, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        let judged = sheet.items.filter { $0.standing == .met || $0.standing == .notMet }
        grid.write(context.text("employment.taskList.lead", [
            "year": "\(sheet.year)", "day": sheet.day.iso, "met": "\(judged.filter { $0.standing == .met }.count)",
            "judged": "\(judged.count)", "paper": "\(sheet.items.filter(\.needsPaper).count)",
        ]), x: area.x, y: area.y, style: theme.title, maxWidth: area.width)
        var y = area.y + 2
        let figureWidth = sheet.items(onPage: page).compactMap { $0.progress.map { DisplayWidth.of(figure($0, context)) } }.max() ?? 0
        for item in sheet.items(onPage: page) where y + 1 < area.maxY {
            var right = context.text("employment.task.standing.\(item.standing.rawValue)")
            if item.needsPaper && item.standing != .paperEvidence { right += " · " + context.text("employment.taskList.paper") }
            let rightWidth = DisplayWidth.of(right)
            let left = TextLayout.truncate("\(item.number). " + context.text(item.titleKey), width: max(1, area.width - rightWidth - 2))
            grid.write(left, x: area.x, y: y, style: theme.text)
            let style: CellStyle = switch item.standing {
            case .met: theme.success
            case .notMet: theme.error
            default: theme.hint
            }
            grid.write(right, x: area.x + area.width - rightWidth, y: y, style: style)
            let bar = Rect(x: area.x + 4, y: y + 1, width: area.width - 4, height: 1)
            if let progress = item.progress {
                chart(progress, figureWidth: figureWidth, context).draw(in: &grid, rect: bar, labelStyle: theme.text, barStyle: theme.text)
            } else {
                grid.write(context.text("employment.taskList.noData"), x: bar.x, y: bar.y, style: theme.hint, maxWidth: bar.width)
            }
            y += 2
        }
        grid.write(context.text("employment.taskList.page", ["page": "\(page + 1)", "pages": "\(sheet.pages)"]), x: area.x,
                   y: area.maxY - 1, style: theme.hint, maxWidth: area.width)
    }
}
