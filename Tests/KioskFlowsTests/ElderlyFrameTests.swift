import Foundation
import KioskDomain
@testable import KioskFlows
import Testing
import TerminalUI

/// Elderly screens drawn from any screen's normal layout: one question, at most four choices a page,
/// the choice or figure that matters in Unifont glyphs at full resolution, the rest normal text.
@Suite(.enabled(if: FileManager.default.isReadableFile(atPath: UnifontFont.debianPath),
                "GNU Unifont is not installed (Debian package unifont); Kiosk/setup installs it"))
struct ElderlyFrameTests {
    static let font = try! UnifontFont()
    static let large = LargeTextRenderer(font: font)

    static func drawn(_ state: KioskState) -> ElderlyFrame.Drawn {
        ElderlyFrame.draw(ElderlyScreen.capture(state, strings: ScreenSnapshot.strings), state: state,
                          strings: ScreenSnapshot.strings, largeText: large)
    }

    /// The pixels a run of half-block cells shows, row by row (two pixel rows a cell); nil for any other character.
    static func pixels(of grid: Grid, x: Int, y: Int, width: Int) -> [[Bool]]? {
        var rows = Array(repeating: Array(repeating: false, count: width), count: GlyphBitmap.height)
        for row in 0..<(GlyphBitmap.height / 2) {
            for column in 0..<width {
                let (top, bottom): (Bool, Bool)
                switch grid[x + column, y + row].text {
                case "█": (top, bottom) = (true, true)
                case "▀": (top, bottom) = (true, false)
                case "▄": (top, bottom) = (false, true)
                case " ": (top, bottom) = (false, false)
                default: return nil
                }
                rows[2 * row][column] = top
                rows[2 * row + 1][column] = bottom
            }
        }
        return rows
    }

    /// The pixels Unifont has for `text`, glyph after glyph, straight from the font file.
    static func fontPixels(_ text: String) -> [[Bool]] {
        let glyphs = text.compactMap { character -> GlyphBitmap? in
            guard DisplayWidth.of(character) > 0, let scalar = character.unicodeScalars.first else { return nil }
            return font.glyph(for: scalar) ?? font.glyph(for: "\u{FFFD}")
        }
        return (0..<GlyphBitmap.height).map { y in glyphs.flatMap { glyph in (0..<glyph.width).map { glyph.pixel(x: $0, y: y) } } }
    }

    @Test("every big line on every elderly screen of a walk through the menus is the font's glyphs bit for bit")
    func bigLinesAreTheFontsGlyphsBitForBit() throws {
        let states = ElderlyWalk.states()
        #expect(states.count >= 25, "the walk reached \(states.count) screens")
        var bigLines = 0
        for state in states {
            let frame = Self.drawn(state)
            let screen = frame.grid.lines.joined(separator: "\n")
            #expect(!screen.unicodeScalars.contains { (0x2596...0x259F).contains($0.value) },
                    "no quadrant (half-height) glyphs:\n\(screen)")
            for line in frame.bigLines {
                bigLines += 1
                let expected = Self.fontPixels(line.text)
                let width = expected[0].count
                #expect(line.x + width <= frame.grid.width && line.y + 8 <= frame.grid.height - 3)
                let shown = try #require(Self.pixels(of: frame.grid, x: line.x, y: line.y, width: width),
                                         "only half blocks in the big line \(line.text):\n\(screen)")
                #expect(shown == expected, "the big line \(line.text) is not Unifont's glyphs:\n\(screen)")
            }
        }
        #expect(bigLines >= 20, "\(bigLines) big lines on \(states.count) screens")
    }

    @Test("an elderly screen shows at most four choices, and a screen with choices and little text has a big line at 80x24")
    func atMostFourChoicesAndOneBigLine() {
        for state in ElderlyWalk.states() {
            let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
            if screen.paging.pages > 1 || screen.choices.count <= 4 {
                #expect(screen.pageChoices.count <= 4)
            }
            let frame = Self.drawn(state)
            if !screen.choices.isEmpty, screen.textAbove.count + screen.textBelow.count <= 4 {
                #expect(!frame.bigLines.isEmpty, "a big line at 80x24:\n\(frame.grid.lines.joined(separator: "\n"))")
            }
            #expect(frame.bigLines.count <= 1, "one big line at 80x24")
            for line in frame.bigLines {
                #expect(Self.large.measure(line.text).width <= 80)
            }
        }
    }

    @Test("the service menu's big line is the highlighted choice, and moving the highlight moves it")
    func theBigLineFollowsTheHighlight() {
        var state = ElderlyModeTests.elderlySession()
        #expect(Self.drawn(state).bigLines.map(\.text) == ["1 资格认证"])
        _ = KioskReducer.reduce(&state, .key(.down))
        let second = Self.drawn(state)
        #expect(second.bigLines.count == 1 && second.bigLines.first?.text.hasPrefix("2 ") == true)
        #expect(second.grid.lines.contains { $0.contains("▶ [2]") }, "the highlighted choice is marked, not only coloured")
    }

    @Test("the confirmation's big line is the figure that matters: the next due date")
    func confirmationShowsTheKeyFigureLarge() {
        var state = ElderlyModeTests.elderlySession()
        _ = VillagerFixture.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        let frame = Self.drawn(state)
        #expect(frame.bigLines.map(\.text) == ["2027-11-30"])
        let text = frame.grid.lines.joined(separator: "\n")
        #expect(text.contains("下次认证截止") && text.contains("[1] 确认办理") && text.contains("[0] 返回"))
    }

    @Test("more than four choices are paged: 9 shows the next four, 8 the previous, each keeping its own key")
    func longMenusArePagedByNine() {
        let items = (1...6).map { MenuItem(key: "\($0)", label: "业务\($0)") }
        let first = ElderlyPaging(choices: items, navigation: [], highlighted: 0, requestedPage: nil)
        #expect(first.pages == 2 && first.range == 0..<4)
        #expect(first.event(for: .character("9")) == .elderlyPage(1))
        #expect(first.event(for: .character("8")) == nil && first.event(for: .character("5")) == nil)
        let second = ElderlyPaging(choices: items, navigation: [], highlighted: 0, requestedPage: 1)
        #expect(second.range == 4..<6)
        #expect(second.event(for: .character("8")) == .elderlyPage(0))
        #expect(second.event(for: .character("9")) == .elderlyPage(0), "9 on the last page goes back to the first")
        #expect(ElderlyPaging(choices: items, navigation: [], highlighted: 5, requestedPage: nil).page == 1,
                "without a turned page, the page holding the highlight shows")
        let nine = (1...9).map { MenuItem(key: "\($0)", label: "项\($0)") }
        let unpaged = ElderlyPaging(choices: nine, navigation: [], highlighted: nil, requestedPage: nil)
        #expect(unpaged.pages == 1 && unpaged.range == 0..<9 && unpaged.event(for: .character("9")) == nil,
                "a menu whose own choice is 9 is never paged")
        let list = ElderlyPaging(choices: Array(nine.prefix(7)), navigation: [MenuItem(key: "8", label: "上一页"),
                                                                               MenuItem(key: "9", label: "下一页")],
                                 highlighted: 0, requestedPage: 1)
        #expect(list.event(for: .character("9")) == nil, "on its last four, 9 turns the list's own page")
        #expect(list.event(for: .character("8")) == .elderlyPage(0))
        let eight = ElderlyPaging(choices: Array(nine.prefix(8)), navigation: [], highlighted: 0, requestedPage: 1)
        #expect(eight.event(for: .character("8")) == nil, "8 is a choice here, not a page key")
    }

    @Test("the tier choice's eight tiers show four at a time; 9 turns the page and the screen says so")
    func tierChoiceIsPagedOnScreen() throws {
        let state = try #require(ElderlyWalk.states().first { state in
            let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
            return screen.paging.pages > 1 && screen.choices.count >= 8
        }, "the tier choice, with its eight tiers, is on the walk")
        let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
        #expect(screen.pageChoices.count == 4)
        let first = Self.drawn(state).grid.lines.joined(separator: "\n")
        #expect(first.contains("第 1/\(screen.paging.pages) 页") && first.contains("按 9 下一页"), "\(first)")
        var turned = state
        _ = KioskReducer.reduce(&turned, try #require(screen.paging.event(for: .character("9"))))
        #expect(turned.elderlyPage == 1)
        let second = Self.drawn(turned).grid.lines.joined(separator: "\n")
        let fifth = screen.choices[4]
        #expect(second.contains("[\(fifth.key)]") && second.contains("第 2/\(screen.paging.pages) 页"), "\(second)")
        _ = KioskReducer.reduce(&turned, .key(.escape))
        #expect(turned.elderlyPage == nil, "a turned page belongs to its screen")
    }

    @Test("elderly screens at 80x24 and 120x40 match their snapshots")
    func snapshotsAtBothSizes() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var menu = ElderlyModeTests.elderlySession()
            menu.size = TerminalSize(width: width, height: height)
            try ScreenSnapshot.check(menu, named: "elderly-menu-zh-\(width)x\(height)", largeText: Self.large)
            var english = menu
            english.language = .english
            try ScreenSnapshot.check(english, named: "elderly-menu-en-\(width)x\(height)", largeText: Self.large)
            var confirm = menu
            _ = VillagerFixture.press(&confirm, .character("1"), .character("1"))
            CardPINSteps.pass(&confirm)
            try ScreenSnapshot.check(confirm, named: "elderly-certification-confirm-zh-\(width)x\(height)", largeText: Self.large)
            var home = Fixture.state(width: width, height: height)
            home.isElderlyMode = true
            try ScreenSnapshot.check(home, named: "elderly-home-zh-\(width)x\(height)", largeText: Self.large)
        }
    }

    @Test("at 120x40 every choice of the page is drawn large")
    func largerConsolesShowMoreBigLines() {
        var state = ElderlyModeTests.elderlySession()
        state.size = TerminalSize(width: 120, height: 40)
        let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
        #expect(Self.drawn(state).bigLines.count == screen.pageChoices.count)
        #expect(screen.pageChoices.count >= 2)
    }
}
