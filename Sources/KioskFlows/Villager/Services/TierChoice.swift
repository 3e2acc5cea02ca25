import KioskDomain
import TerminalUI

/// Choosing a contribution tier from the policy table: a page of tiers with their subsidy, number
/// keys for the visible ones, ↑/↓ moving (and scrolling), PgUp/PgDn paging, Enter choosing.
public struct TierChoice: Sendable, Equatable {
    /// Tiers shown at once; number keys 1-8 choose among them, so a page always fits 80x24.
    public static let pageSize = 8

    /// What a key did to the choice.
    public enum Outcome: Sendable, Equatable {
        case moved(TierChoice)
        case chosen(PolicyTier)
        case back
    }

    /// The tiers offered, lowest first.
    public let tiers: [PolicyTier]
    /// Index of the highlighted tier.
    public private(set) var selected: Int
    /// Index of the first tier on the visible page.
    public private(set) var top: Int

    /// A choice with `preselectedYuan` highlighted when the table offers it, else the lowest tier.
    public init(tiers: [PolicyTier], preselectedYuan: Int?) {
        self.tiers = tiers
        let index = preselectedYuan.flatMap { yuan in tiers.firstIndex { $0.yuan == yuan } } ?? 0
        self.selected = index
        self.top = 0
        scrollToSelection()
    }

    /// The tiers on the visible page, with their index in `tiers`.
    public var visible: ArraySlice<PolicyTier> {
        tiers[top..<min(tiers.count, top + Self.pageSize)]
    }

    /// Whether tiers are hidden above or below the visible page.
    public var hasMoreAbove: Bool { top > 0 }
    public var hasMoreBelow: Bool { top + Self.pageSize < tiers.count }

    /// Applies a key.
    public func handle(_ key: Key) -> Outcome? {
        var next = self
        switch key {
        case .character(let character):
            if character == "0" { return .back }
            guard let number = character.wholeNumberValue, number >= 1, top + number - 1 < min(tiers.count, top + Self.pageSize) else {
                return nil
            }
            return .chosen(tiers[top + number - 1])
        case .escape:
            return .back
        case .enter:
            return tiers.isEmpty ? nil : .chosen(tiers[selected])
        case .up:
            guard selected > 0 else { return nil }
            next.selected -= 1
        case .down:
            guard selected + 1 < tiers.count else { return nil }
            next.selected += 1
        case .pageUp:
            guard top > 0 else { return nil }
            next.top = max(0, top - Self.pageSize)
            next.selected = next.top
        case .pageDown:
            guard hasMoreBelow else { return nil }
            next.top = min(tiers.count - Self.pageSize, top + Self.pageSize)
            next.selected = next.top
        default:
            return nil
        }
        next.scrollToSelection()
        return .moved(next)
    }

    /// Draws the visible page as a numbered menu, "more" marks above and below, and how to move.
    /// Returns the rows used.
    @discardableResult
    public func draw(in grid: inout Grid, x: Int, y: Int, width: Int, _ context: ScreenContext) -> Int {
        var row = y
        grid.write(hasMoreAbove ? context.text("tier.moreAbove") : "", x: x, y: row, style: context.theme.hint)
        row += 1
        let items = visible.enumerated().map { offset, tier in
            MenuItem(key: "\(offset + 1)", label: context.text("tier.row", [
                "tier": Money.yuan(tier.yuan).yuanText, "subsidy": Money.yuan(tier.subsidyYuan).yuanText,
            ]))
        }
        context.drawMenu(items, selected: selected - top, rect: Rect(x: x, y: row, width: width, height: items.count), in: &grid)
        row += items.count
        grid.write(hasMoreBelow ? context.text("tier.moreBelow") : "", x: x, y: row, style: context.theme.hint)
        row += 1
        for line in TextLayout.wrap(context.text("tier.howTo"), width: width) {
            grid.write(line, x: x, y: row, style: context.theme.hint)
            row += 1
        }
        return row - y
    }

    private mutating func scrollToSelection() {
        if selected < top { top = selected }
        if selected >= top + Self.pageSize { top = selected - Self.pageSize + 1 }
        top = max(0, min(top, max(0, tiers.count - Self.pageSize)))
    }
}
