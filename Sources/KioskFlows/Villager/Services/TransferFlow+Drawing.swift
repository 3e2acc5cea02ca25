import KioskDomain
import TerminalUI

extension TransferFlow {
    public func draw(in grid: inout Grid, area: Rect, _ context: ScreenContext, _ file: VillagerFile) {
        let regions = file.regions
        let theme = context.theme
        var y = area.y
        func write(_ text: String, _ style: CellStyle) {
            for line in TextLayout.wrap(text, width: area.width) where y < area.y + area.height {
                grid.write(line, x: area.x, y: y, style: style)
                y += 1
            }
        }

        switch step {
        case .method(let selected):
            write(context.text("transfer.method.lead"), theme.text)
            y += 1
            let items = Method.allCases.enumerated().map { index, method in
                MenuItem(key: "\(index + 1)", label: context.text(method.labelKey))
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: y, width: area.width, height: items.count), in: &grid)

        case .province(let selected):
            write(context.text("transfer.province.lead"), theme.text)
            y += 1
            PagedMenu.draw(regions.provinces.map(\.name), selected: selected, in: &grid, x: area.x, top: y,
                           width: area.width, context)

        case .prefecture(let province, let selected):
            write(regions.region(code: province)?.name ?? province, theme.subtitle)
            write(context.text("transfer.prefecture.lead"), theme.text)
            y += 1
            let labels = Self.prefectureEntries(province, regions).map { entry in
                switch entry {
                case .prefecture(let prefecture): prefecture.name
                case .directCounties: context.text("transfer.prefecture.direct")
                }
            }
            PagedMenu.draw(labels, selected: selected, in: &grid, x: area.x, top: y, width: area.width, context)

        case .county(let parent, let selected):
            write(Self.path(of: parent, regions), theme.subtitle)
            write(context.text("transfer.county.lead"), theme.text)
            y += 1
            PagedMenu.draw(regions.counties(in: parent).map(\.name), selected: selected, in: &grid, x: area.x, top: y,
                           width: area.width, context)

        case .codeEntry(let entry, let notFound):
            write(context.text("transfer.code.lead"), theme.text)
            y += 1
            entry.field(label: context.text("transfer.code.label"), placeholder: context.text("transfer.code.placeholder"))
                .draw(in: &grid, rect: Rect(x: area.x, y: y, width: min(area.width, 50), height: 1), theme: theme)
            y += 2
            if notFound {
                write(context.text("transfer.code.notFound", ["query": entry.text]), theme.error)
            } else if !entry.text.isEmpty {
                let matches = regions.search(entry.text)
                write(context.text("transfer.code.matches", ["count": "\(matches.count)"]), theme.hint)
                for county in matches.prefix(5) {
                    write("\(county.code)  \(county.fullName)", theme.text)
                }
            }
            y = max(y, area.y + area.height - 2)
            write(context.text("transfer.code.hint"), theme.hint)

        case .searchResults(let query, let selected):
            let matches = regions.search(query)
            write(context.text("transfer.results.lead", ["query": query, "count": "\(matches.count)"]), theme.text)
            y += 1
            PagedMenu.draw(matches.map { "\($0.code)  \($0.fullName)" }, selected: selected, in: &grid, x: area.x,
                           top: y, width: area.width, context)

        case .reason(let county, let selected, _):
            write(context.text("transfer.why.destination", ["region": Self.destinationText(county, regions)]), theme.subtitle)
            write(context.text("transfer.why.lead"), theme.text)
            y += 1
            let items = TransferReason.allCases.enumerated().map { index, reason in
                MenuItem(key: "\(index + 1)", label: context.text(Self.reasonKey(reason)))
            }
            context.drawMenu(items, selected: selected, rect: Rect(x: area.x, y: y, width: area.width, height: items.count), in: &grid)

        case .effect(let county, let reason, _):
            guard let decision = Self.decide(file, destination: county, reason: reason).decision else { return }
            InfoRows.draw(Self.effectLines(decision, regions), in: &grid,
                          area: Rect(x: area.x, y: area.y, width: area.width, height: area.height - 3), context)
            let menu = [MenuItem(key: "1", label: context.text("transfer.effect.continue")),
                        MenuItem(key: "0", label: context.text("nav.back"))]
            context.drawMenu(menu, selected: nil, rect: Rect(x: area.x, y: area.y + area.height - 2, width: area.width, height: 2), in: &grid)
        }
    }

    /// The message key of a reason's name.
    static func reasonKey(_ reason: TransferReason) -> String {
        "transfer.reason.\(reason.rawValue)"
    }

    /// A county as the villager checks it: its full name and code.
    static func destinationText(_ code: String, _ regions: RegionDirectory) -> String {
        guard let county = regions.county(code: code) else { return code }
        return "\(county.fullName)（\(county.code)）"
    }

    /// The names above a county list: the province, and the prefecture when there is one.
    static func path(of parent: String, _ regions: RegionDirectory) -> String {
        guard let region = regions.region(code: parent) else { return parent }
        guard region.level == .prefecture, let province = region.parentCode.flatMap({ regions.region(code: $0) }) else {
            return region.name
        }
        return province.name == region.name ? region.name : "\(province.name) \(region.name)"
    }

    /// What the transfer-in does: where from, why, and that the old county releases the whole balance to this one.
    static func effectLines(_ decision: TransferDecision, _ regions: RegionDirectory) -> [PendingRecord.Line] {
        let request = decision.request
        return [
            .init("transfer.effect.destination", .text(destinationText(request.fromRegion ?? "", regions)), keyFigure: true),
            .init("transfer.effect.reason", .message(reasonKey(request.reason))),
            .init("transfer.effect.frozen"),
            .init("transfer.effect.afterAccepted"),
        ]
    }

    /// What the confirmation shows: the same, without the closing advice.
    static func pending(_ decision: TransferDecision, _ regions: RegionDirectory) -> PendingRecord {
        let lines = effectLines(decision, regions).filter { $0.labelKey != "transfer.effect.afterAccepted" }
        return PendingRecord(service: .transfer, event: .transfer(decision), lines: lines)
    }
}
