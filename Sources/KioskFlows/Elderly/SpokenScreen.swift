import KioskDomain
import TerminalUI

/// What is read aloud for a screen in elderly mode, written for listening rather than read off the
/// layout: the title, what the screen asks or says, its figures, then each choice with its key
/// ("按 1，资格认证；按 2，查询"), the keys that move, and the page keys.
///
/// Amounts and dates are said in words in Chinese. A field is said by its label and how many characters
/// it holds, never by its content, so no PIN, ID or account digit is read; numbers the screen shows
/// masked stay masked, and the speaker masks any ID-like number left.
public enum SpokenScreen {
    /// What a screen says, and what stays the same while the person types into its field.
    public struct Reading: Sendable, Equatable {
        /// The sentences, in order.
        public var lines: [String]
        /// The sentences without the fields' counts: equal before and after a character is typed.
        public var withoutFields: [String]
        /// Characters in the screen's fields.
        public var typed: Int
    }

    /// The lines to speak for `state`.
    public static func lines(_ state: KioskState, strings: StringCatalog) -> [String] {
        reading(state, strings: strings).lines
    }

    /// The reading of `state`'s screen.
    public static func reading(_ state: KioskState, strings: StringCatalog) -> Reading {
        let screen = ElderlyScreen.capture(state, strings: strings)
        let language = state.language
        func text(_ key: String, _ values: [String: String] = [:]) -> String { strings.text(key, language, values) }
        func words(_ sentence: String) -> String { language == .chinese ? SpokenFigures.inWords(sentence) : sentence }

        var lines: [String] = []
        var withoutFields: [String] = []
        var typed = 0
        func say(_ line: String, stable: String? = nil) {
            guard !line.isEmpty else { return }
            lines.append(words(line))
            withoutFields.append(stable ?? line)
        }
        let figureRows = Set(screen.figures.map(\.row))
        func sayRows(_ rows: [Int]) {
            for row in rows where !screen.asideRows.contains(row) && !figureRows.contains(row) {
                if let field = field(in: screen, row: row) {
                    typed += field.count
                    let label = field.label.isEmpty ? text("elderly.speech.fieldUnlabelled") : field.label
                    say(field.count == 0 ? label : text("elderly.speech.field", ["label": label, "count": "\(field.count)"]),
                        stable: label)
                } else {
                    say(screen.text(ofRow: row))
                }
            }
        }
        if let title = screen.title { say(title) }
        sayRows(screen.textAbove)
        for figure in screen.figures {
            say(figure.value == .none ? figure.label
                    : text("elderly.speech.figure", ["label": figure.label, "value": spokenValue(figure, language)]))
        }
        let choices = screen.pageChoices.map { ($0.key, $0.label) }
        let moves = screen.navigation.filter(\.enabled).map { ($0.key, $0.label) }
        let pageKeys = screen.paging.keys.map { ($0.key, text($0.labelKey)) }
        let keyed = (choices + moves + pageKeys).map { key, label in
            text("elderly.speech.choice", ["key": key, "label": label])
        }
        if !keyed.isEmpty { say(keyed.joined(separator: text("elderly.speech.separator"))) }
        if screen.paging.pages > 1 {
            say(text("elderly.page.position", ["page": "\(screen.paging.page + 1)", "pages": "\(screen.paging.pages)"]))
        }
        sayRows(screen.textBelow)
        return Reading(lines: lines, withoutFields: withoutFields, typed: typed)
    }

    /// The time-out warning, with the seconds left said in words in Chinese.
    public static func countdown(secondsLeft: Int, _ state: KioskState, strings: StringCatalog) -> String {
        let seconds = state.language == .chinese ? SpokenNumber.chinese(secondsLeft) : "\(secondsLeft)"
        return strings.text("session.countdown", state.language, ["seconds": seconds])
    }

    /// A figure's value as said: amounts and dates in words, account and ID numbers masked as on screen.
    private static func spokenValue(_ figure: ElderlyCapture.Figure, _ language: Language) -> String {
        switch figure.value {
        case .money(let money) where language == .chinese: SpokenNumber.yuan(fen: money.fen)
        case .date(let date) where language == .chinese: SpokenDate.chinese(year: date.year, month: date.month, day: date.day)
        case .text(let value) where isPrivateNumber(figure.labelKey): maskedNumber(value)
        default: figure.text
        }
    }

    /// Labels of values that are someone's ID, card or account number.
    private static func isPrivateNumber(_ labelKey: String) -> Bool {
        let key = labelKey.lowercased()
        return key.contains("idnumber") || key.contains("account") || key.contains("cardnumber")
    }

    /// The first and last four characters kept, the rest as stars, as the screens mask an ID number.
    static func maskedNumber(_ value: String) -> String {
        let characters = Array(value)
        guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8) + String(characters.suffix(4))
    }

    /// A text field on a layout row: its label and how many characters it holds (never what they are).
    private static func field(in screen: ElderlyScreen, row: Int) -> (label: String, count: Int)? {
        let theme = screen.theme
        let inputStyles = [theme.field, theme.fieldFocused, theme.field.reversed, theme.fieldFocused.reversed]
        let cells = Array(screen.layout.row(row))
        guard let start = cells.firstIndex(where: { inputStyles.contains($0.style) }) else { return nil }
        let label = cells[..<start].filter { !$0.isContinuation }.map(\.text).joined()
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let count = cells[start...].filter { cell in
            !cell.isContinuation && cell.text != " " && inputStyles.contains(cell.style)
        }.count
        return (label, count)
    }
}

/// Reads screens aloud (elderly mode); the edge implements it with a speech synthesiser.
public protocol ScreenReader: AnyObject, Sendable {
    /// Starts reading these lines, interrupting whatever was being read.
    func read(_ lines: [String])
    /// Stops reading at once.
    func stop()
}
