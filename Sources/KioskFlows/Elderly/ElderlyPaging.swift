import TerminalUI

/// Elderly screens offer at most four choices at a time; longer menus are paged with 9 (next) and
/// 8 (previous), each choice keeping its own key. A list that already turns its own pages with 8 and 9
/// (`PagedMenu`) is paged in fours within its page, and 9 on the last four turns the list's page.
/// When a choice itself is 9, nothing is paged and every choice is shown.
struct ElderlyPaging: Equatable {
    /// The most choices an elderly screen shows at once.
    static let pageSize = 4
    /// The keys that turn elderly pages.
    static let nextKey = "9"
    static let previousKey = "8"

    /// The number of pages the choices take.
    let pages: Int
    /// The page shown, 0-based.
    let page: Int
    /// The indexes of the choices shown.
    let range: Range<Int>
    /// True when the menu's own navigation turns a list's page with 9 (after the last elderly page).
    let listTurnsWithNine: Bool
    /// True when 8 is free to go back a page (no choice is 8).
    let previousIsFree: Bool

    /// Pages `choices`; the page is the one asked for, else the one holding the highlighted choice.
    init(choices: [MenuItem], navigation: [MenuItem], highlighted: Int?, requestedPage: Int?) {
        let keys = Set(choices.map(\.key))
        let pageable = !keys.contains(Self.nextKey)
        pages = pageable ? max(1, (choices.count + Self.pageSize - 1) / Self.pageSize) : 1
        let wanted = requestedPage ?? (highlighted.map { $0 / Self.pageSize } ?? 0)
        page = pages > 1 ? min(max(0, wanted), pages - 1) : 0
        range = pages > 1
            ? (page * Self.pageSize)..<min(choices.count, (page + 1) * Self.pageSize)
            : 0..<choices.count
        listTurnsWithNine = navigation.contains { $0.key == Self.nextKey && $0.enabled }
        previousIsFree = !keys.contains(Self.previousKey)
    }

    /// The event a key makes when it turns an elderly page, or nil when the screen should have it.
    func event(for key: Key) -> KioskEvent? {
        guard pages > 1, case .character(let character) = key else { return nil }
        switch String(character) {
        case Self.nextKey:
            if page + 1 < pages { return .elderlyPage(page + 1) }
            return listTurnsWithNine ? nil : .elderlyPage(0)
        case Self.previousKey:
            return previousIsFree && page > 0 ? .elderlyPage(page - 1) : nil
        default:
            return nil
        }
    }

    /// What the page keys do now, as (key, label key) pairs for the screen and the voice.
    var keys: [(key: String, labelKey: String)] {
        guard pages > 1 else { return [] }
        var keys: [(key: String, labelKey: String)] = []
        if page + 1 < pages || listTurnsWithNine {
            keys.append((Self.nextKey, "paged.next"))
        } else {
            keys.append((Self.nextKey, "elderly.page.first"))
        }
        if previousIsFree, page > 0 { keys.append((Self.previousKey, "paged.previous")) }
        return keys
    }
}
