import KioskDomain
import TerminalUI

/// The query page "my account and my pension" as sheets that each fit 80x24: the balance and the projection at the
/// pension age (current tier and the next two side by side), then the account year by year with a bar a year.
///
/// The figures come from `AccountStatement` and `PensionProjection` (KioskDomain) with the tables in force.
enum AccountSheets {
    /// A line of a sheet, already in the person's language.
    struct Line: Equatable {
        enum Kind: Equatable { case text, figure, heading, note, bar }
        var text: String
        var kind: Kind

        init(_ text: String, _ kind: Kind = .text) {
            self.text = text
            self.kind = kind
        }
    }

    /// Years listed on one sheet of the yearly table.
    static let yearsPerSheet = 12

    /// How many sheets the page has for this file.
    static func count(_ file: VillagerFile) -> Int {
        1 + yearSheetCount(statement(file))
    }

    static func yearSheetCount(_ statement: AccountStatement) -> Int {
        (statement.years.count + yearsPerSheet - 1) / yearsPerSheet
    }

    /// The account of the file's person on its day, each year at its table's rate.
    static func statement(_ file: VillagerFile) -> AccountStatement {
        AccountStatement.make(contributions: file.history.contributions, on: file.today,
                              region: file.person.registeredRegion, policies: file.policies)
    }

    /// The lines of sheet `index` (0-based), `width` columns wide.
    static func lines(_ index: Int, _ file: VillagerFile, width: Int, _ context: ScreenContext) -> [Line] {
        let statement = statement(file)
        guard index > 0 else { return summary(statement, file, width: width, context) }
        let first = (index - 1) * yearsPerSheet
        let years = Array(statement.years.dropFirst(first).prefix(yearsPerSheet))
        return yearTable(years, all: statement.years, width: width, context)
    }

    /// Sheet 1: the balance now, and the projected pension at the pension age.
    static func summary(_ statement: AccountStatement, _ file: VillagerFile, width: Int,
                        _ context: ScreenContext) -> [Line] {
        guard file.account.status != .notEnrolled else { return [Line(context.text("myAccount.none"), .note)] }
        let balance = statement.balance
        let rateSource = file.policy.sources["interestRateBasisPoints"] ?? ""
        let rate = context.text(rateSource.hasPrefix("assumed") ? "myAccount.rate.assumed" : "myAccount.rate.value",
                                ["rate": percent(file.policy.interestRateBasisPoints)])
        let rows: [(String, String)] = [
            ("myAccount.balance", yuan(balance.total, context)),
            ("myAccount.balance.parts", context.text("myAccount.balance.partsValue", [
                "personal": balance.personal.yuanText, "subsidy": balance.subsidy.yuanText,
            ])),
            ("myAccount.balance.interest", yuan(statement.totalInterest, context)),
            ("myAccount.years", context.text("format.years", ["count": "\(file.history.contributionYears)"])),
            ("myAccount.rate", rate),
        ]
        let labelWidth = rows.map { DisplayWidth.of(context.text($0.0)) }.max().map { $0 + 2 } ?? 0
        var lines = rows.enumerated().map { offset, row in
            Line(TextLayout.align(context.text(row.0), width: labelWidth, alignment: .leading) + row.1,
                 offset == 0 ? .figure : .text)
        }
        guard let projection = PensionProjection.make(person: file.person, account: file.account, history: file.history,
                                                      policy: file.policy, policies: file.policies, today: file.today)
        else {
            lines.append(Line(context.text("myAccount.projection.notPaying"), .note))
            return lines
        }
        return lines + projectionTable(projection, width: width, context)
    }

    /// The projection: one column per tier, the current one first, and each higher tier's extra yuan a month.
    static func projectionTable(_ projection: PensionProjection, width: Int, _ context: ScreenContext) -> [Line] {
        var lines = [Line(context.text("myAccount.projection.heading", [
            "age": "\(projection.pensionAge)", "date": projection.pensionAgeDay.iso,
        ]), .heading)]
        let tiers = projection.tiers
        let header = tiers.enumerated().map { offset, tier in
            context.text(offset == 0 ? "myAccount.projection.currentTier" : "myAccount.projection.tier",
                         ["tier": "\(tier.tierYuan)"])
        }
        let rows: [(key: String, cells: [String], kind: Line.Kind)] = [
            ("myAccount.projection.subsidy", tiers.map { Money.yuan($0.subsidyYuan).yuanText }, .text),
            ("myAccount.projection.years", tiers.map { context.text("format.years", ["count": "\($0.contributionYears)"]) }, .text),
            ("myAccount.projection.balance", tiers.map(\.balance.yuanText), .text),
            ("myAccount.projection.basic", tiers.map(\.basicPension.yuanText), .text),
            ("myAccount.projection.personalAccount", tiers.map(\.personalAccountPension.yuanText), .text),
            ("myAccount.projection.monthly", tiers.map(\.monthly.yuanText), .figure),
            ("myAccount.projection.extra", tiers.enumerated().map { offset, tier in
                offset == 0 ? "—" : "+" + projection.extraPerMonth(tier).yuanText
            }, .text),
        ]
        let labels = rows.map { context.text($0.key) }
        let labelWidth = (labels.map(DisplayWidth.of).max() ?? 0) + 2
        let cellWidth = max(10, ((header + rows.flatMap(\.cells)).map(DisplayWidth.of).max() ?? 0) + 2)
        func row(_ label: String, _ cells: [String]) -> String {
            TextLayout.align(label, width: labelWidth, alignment: .leading)
                + cells.map { TextLayout.align($0, width: cellWidth, alignment: .trailing) }.joined()
        }
        lines.append(Line(row("", header), .heading))
        for (label, entry) in zip(labels, rows) { lines.append(Line(row(label, entry.cells), entry.kind)) }
        if projection.isShort {
            lines.append(Line(context.text("myAccount.projection.short", [
                "age": "\(projection.pensionAge)", "years": "\(projection.current.contributionYears)",
                "required": "\(projection.requiredYears)",
            ]), .note))
        } else if projection.current.remainingYears == 0 {
            lines.append(Line(context.text("myAccount.projection.noMoreYears"), .note))
        }
        lines.append(Line(context.text("myAccount.projection.assumed"), .note))
        return lines.map { Line(TextLayout.truncate($0.text, width: width), $0.kind) }
    }

    /// One sheet of the yearly table: contributions, subsidies, interest and balance, and a bar of what the year
    /// credited with its figure beside it (the scale is the largest year of the whole account).
    static func yearTable(_ years: [AccountYear], all: [AccountYear], width: Int, _ context: ScreenContext) -> [Line] {
        let widths = [6, 10, 9, 9, 11]
        func cells(_ texts: [String]) -> String {
            zip(texts, widths).enumerated().map { offset, pair in
                TextLayout.align(pair.0, width: pair.1, alignment: offset == 0 ? .leading : .trailing)
            }.joined()
        }
        let header = cells(["myAccount.table.year", "myAccount.table.contributions", "myAccount.table.subsidies",
                            "myAccount.table.interest", "myAccount.table.balance"].map { context.text($0) })
            + "  " + context.text("myAccount.table.credited")
        let scale = all.map(\.credited.fen).max() ?? 1
        let bars = years.map { year in
            BarChart.Bar(label: cells(["\(year.year)", year.contributions.yuanText, year.subsidies.yuanText,
                                       year.interest.yuanText, year.balance.total.yuanText]) + " ",
                         value: year.credited.fen, figure: year.credited.yuanText)
        }
        let chart = BarChart(bars: bars, maximum: scale, maxLabelWidth: width)
        return [Line(context.text("myAccount.table.heading"), .heading), Line(TextLayout.truncate(header, width: width), .heading)]
            + chart.lines(width: width).map { Line($0, .bar) }
    }

    /// The choices at the foot of every sheet: printing the certificate, then the keys that turn the sheets and go back.
    static func keys(sheet: Int, count: Int, _ context: ScreenContext) -> (choices: [MenuItem], navigation: [MenuItem]) {
        var navigation: [MenuItem] = []
        if sheet > 0 { navigation.append(MenuItem(key: "8", label: context.text("myAccount.keys.previous"))) }
        if sheet < count - 1 { navigation.append(MenuItem(key: "9", label: context.text("myAccount.keys.next"))) }
        navigation.append(MenuItem(key: "0", label: context.text("myAccount.keys.back")))
        return ([MenuItem(key: "1", label: context.text("myAccount.keys.print"))], navigation)
    }

    /// The keys line itself: each key in brackets with its label, then the sheet number.
    static func keysLine(sheet: Int, count: Int, _ context: ScreenContext) -> String {
        let keys = keys(sheet: sheet, count: count, context)
        let parts = (keys.choices + keys.navigation).map { "[\($0.key)] \($0.label)" }
        return (parts + [context.text("myAccount.keys.sheet", ["sheet": "\(sheet + 1)", "count": "\(count)"])])
            .joined(separator: "  ")
    }

    /// Draws sheet `sheet` inside `area`, the keys on its last row.
    static func draw(sheet: Int, _ file: VillagerFile, in grid: inout Grid, area: Rect, _ context: ScreenContext) {
        let count = count(file)
        let theme = context.theme
        for (offset, line) in lines(min(sheet, count - 1), file, width: area.width, context).enumerated()
        where offset < area.height - 1 {
            let style: CellStyle
            switch line.kind {
            case .text, .bar: style = theme.text
            case .figure: style = theme.title
            case .heading: style = theme.subtitle
            case .note: style = theme.warning
            }
            grid.write(TextLayout.truncate(line.text, width: area.width), x: area.x, y: area.y + offset, style: style)
        }
        let keysRow = area.y + area.height - 1
        grid.write(TextLayout.truncate(keysLine(sheet: sheet, count: count, context), width: area.width),
                   x: area.x, y: keysRow, style: theme.hint)
        // Elderly mode shows and reads these keys as the screen's choices, not as a line of text.
        let keys = keys(sheet: sheet, count: count, context)
        context.capture?.addMenu(ElderlyCapture.Menu(items: keys.choices, navigation: keys.navigation, selected: nil,
                                                     rows: keysRow..<(keysRow + 1)))
    }

    static func yuan(_ money: Money, _ context: ScreenContext) -> String {
        context.text("format.yuan", ["amount": money.yuanText])
    }

    /// Basis points as a percentage with two decimals: 150 → "1.50".
    static func percent(_ basisPoints: Int) -> String {
        let hundredths = basisPoints % 100
        return "\(basisPoints / 100).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
