import Foundation
import Testing
@testable import TerminalUI

struct LargeTextRendererTests {
    @Test func hexDigitsParseIntoLeftAlignedRowsOfEightOrSixteenPixels() throws {
        let narrow = try #require(GlyphBitmap(hexDigits: Array(LargeTextFixture.one.utf8)))
        #expect(narrow.width == 8)
        #expect(narrow.rows[2] == 0x1800 && narrow.rows[12] == 0x7E00)
        #expect(narrow.pixel(x: 3, y: 2) && !narrow.pixel(x: 2, y: 2) && !narrow.pixel(x: 8, y: 2))
        let wide = try #require(GlyphBitmap(hexDigits: Array(LargeTextFixture.zhong.lowercased().utf8)))
        #expect(wide.width == 16)
        #expect(wide.rows[3] == 0x7FFC && wide.pixel(x: 7, y: 0) && !wide.pixel(x: 0, y: 3))
        #expect(GlyphBitmap(hexDigits: Array("0011".utf8)) == nil)
        #expect(GlyphBitmap(hexDigits: Array(String(repeating: "G", count: 32).utf8)) == nil)
    }

    @Test func fontFindsEveryFixtureGlyphAndNothingElse() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        for lineEnding in ["\n", "\r\n"] {
            let font = try UnifontFont(path: fixture.writeFont(lineEnding: lineEnding))
            #expect(font.glyph(for: "中")?.rows[3] == 0x7FFC)
            #expect(font.glyph(for: "1")?.width == 8)
            #expect(font.glyph(for: " ")?.rows == Array(repeating: 0, count: 16))
            #expect(font.glyph(for: "\u{FFFD}")?.rows[2] == 0x7E00)
            for absent in ["\u{0}", "0", "2", "a", "者", "\u{FFFF}", "\u{1F600}"] as [Unicode.Scalar] {
                #expect(font.glyph(for: absent) == nil, "U+\(String(absent.value, radix: 16))")
            }
        }
    }

    @Test func fullSizeDrawsHalfBlocksSixteenColumnsByEightRowsPerWideGlyph() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        let style = CellStyle(foreground: .brightWhite, background: .black, bold: true)
        var grid = Grid(width: 26, height: 9)
        let used = renderer.draw("中1", in: &grid, x: 1, y: 0, style: style)
        #expect(used == TerminalSize(width: 24, height: 8))
        #expect(grid.lines == [
            "        █",
            "  ▄▄▄▄▄▄█▄▄▄▄▄▄    ▄██",
            "  █     █     █   ▀▀██",
            "  █     █     █     ██",
            "  ▀▀▀▀▀▀█▀▀▀▀▀▀     ██",
            "        █           ██",
            "        █         ▀▀▀▀▀▀",
            "        ▀",
            "",
        ])
        #expect(grid[1, 0].style == style && grid[24, 7].style == style)
        #expect(grid[0, 0].style == .plain && grid[25, 0].style == .plain && grid[1, 8].style == .plain)
    }

    @Test func measureCountsGlyphWidthsAndSkipsZeroWidthCharacters() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        #expect(renderer.measure("中1") == TerminalSize(width: 24, height: 8))
        // Glyphs the font lacks keep their display width: 8 pixels per column.
        #expect(renderer.measure("者a\u{0301}") == TerminalSize(width: 24, height: 8))
        #expect(renderer.measure("\u{200B}") == TerminalSize(width: 0, height: 0))
        #expect(LargeTextRenderer.lineRows == 8)
    }

    @Test("a line too wide is cut to the columns it may take, ending in an ellipsis")
    func fittingCutsWithAnEllipsis() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        #expect(renderer.fitting("中1", width: 24) == "中1")
        // "…" is not in the fixture: it keeps its display width, 8 columns.
        #expect(renderer.fitting("中中中", width: 40) == "中中…")
        #expect(renderer.fitting("中中中", width: 39) == "中…")
        #expect(renderer.fitting("中中中", width: 20) == "", "not even one character and the ellipsis fit")
    }

    @Test func drawingClipsAtEveryGridEdge() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        var grid = Grid(width: 10, height: 5)
        #expect(renderer.draw("中1", in: &grid, x: 4, y: 2) == TerminalSize(width: 6, height: 3))
        #expect(grid.lines == ["", "", "", "     ▄▄▄▄▄", "     █"])
        var left = Grid(width: 10, height: 8)
        #expect(renderer.draw("中", in: &left, x: -4, y: -4) == TerminalSize(width: 10, height: 4))
        #expect(left.lines == ["▀▀▀█▀▀▀▀▀▀", "   █", "   █", "   ▀", "", "", "", ""])
        var outside = Grid(width: 10, height: 8)
        #expect(renderer.draw("中", in: &outside, x: 12, y: 0) == TerminalSize(width: 0, height: 0))
        #expect(outside == Grid(width: 10, height: 8))
    }

    @Test func charactersTheFontLacksAreDrawnAsTheReplacementGlyph() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        var grid = Grid(width: 8, height: 8)
        renderer.draw("a", in: &grid, x: 0, y: 0)
        #expect(grid.lines == ["", " █▀▀▀▀█", " █    █", " █    █", " █    █", " █    █", " █▄▄▄▄█", ""])
        let noReplacement = try fixture.write(LargeTextFixture.lines.dropLast().joined(separator: "\n"), name: "plain.hex")
        var blank = Grid(width: 8, height: 8)
        let used = LargeTextRenderer(font: try UnifontFont(path: noReplacement))
            .draw("a", in: &blank, x: 0, y: 0, style: CellStyle(background: .blue))
        #expect(used == TerminalSize(width: 8, height: 8))
        #expect(blank.lines == Array(repeating: "", count: 8) && blank[7, 7].style.background == .blue)
    }
}
