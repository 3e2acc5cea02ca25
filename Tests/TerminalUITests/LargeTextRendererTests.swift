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
        let used = renderer.draw("中1", in: &grid, x: 1, y: 0, size: .full, style: style)
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

    @Test func halfSizeDrawsQuadrantsEightColumnsByFourRowsPerWideGlyph() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        var grid = Grid(width: 12, height: 4)
        #expect(renderer.draw("中1", in: &grid, x: 0, y: 0, size: .half) == TerminalSize(width: 12, height: 4))
        #expect(grid.lines == [
            "▗▄▄▟▄▄▄  ▄▖",
            "▐  ▐  ▐ ▝▜▌",
            "▝▀▀▜▀▀▀  ▐▌",
            "   ▐    ▝▀▀▘",
        ])
    }

    @Test func measureCountsGlyphWidthsAndSkipsZeroWidthCharacters() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        #expect(renderer.measure("中1", size: .full) == TerminalSize(width: 24, height: 8))
        #expect(renderer.measure("中1", size: .half) == TerminalSize(width: 12, height: 4))
        // Glyphs the font lacks keep their display width: 8 pixels per column.
        #expect(renderer.measure("者a\u{0301}", size: .full) == TerminalSize(width: 24, height: 8))
        #expect(renderer.measure("\u{200B}", size: .full) == TerminalSize(width: 0, height: 0))
        #expect(renderer.largestSize(for: "中1", fitting: TerminalSize(width: 80, height: 24)) == .full)
        #expect(renderer.largestSize(for: "中1", fitting: TerminalSize(width: 20, height: 24)) == .half)
        #expect(renderer.largestSize(for: "中1", fitting: TerminalSize(width: 80, height: 3)) == nil)
    }

    @Test func drawingClipsAtEveryGridEdge() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        var grid = Grid(width: 10, height: 5)
        #expect(renderer.draw("中1", in: &grid, x: 4, y: 2, size: .full) == TerminalSize(width: 6, height: 3))
        #expect(grid.lines == ["", "", "", "     ▄▄▄▄▄", "     █"])
        var left = Grid(width: 10, height: 8)
        #expect(renderer.draw("中", in: &left, x: -4, y: -4, size: .full) == TerminalSize(width: 10, height: 4))
        #expect(left.lines == ["▀▀▀█▀▀▀▀▀▀", "   █", "   █", "   ▀", "", "", "", ""])
        var outside = Grid(width: 10, height: 8)
        #expect(renderer.draw("中", in: &outside, x: 12, y: 0, size: .full) == TerminalSize(width: 0, height: 0))
        #expect(outside == Grid(width: 10, height: 8))
    }

    @Test func charactersTheFontLacksAreDrawnAsTheReplacementGlyph() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let renderer = LargeTextRenderer(font: try UnifontFont(path: fixture.writeFont()))
        var grid = Grid(width: 8, height: 4)
        renderer.draw("a", in: &grid, x: 0, y: 0, size: .half)
        #expect(grid.lines == ["▗▄▄▖", "▐  ▌", "▐  ▌", "▝▀▀▘"])
        let noReplacement = try fixture.write(LargeTextFixture.lines.dropLast().joined(separator: "\n"), name: "plain.hex")
        var blank = Grid(width: 8, height: 4)
        let used = LargeTextRenderer(font: try UnifontFont(path: noReplacement))
            .draw("a", in: &blank, x: 0, y: 0, size: .half, style: CellStyle(background: .blue))
        #expect(used == TerminalSize(width: 4, height: 4))
        #expect(blank.lines == ["", "", "", ""] && blank[3, 3].style.background == .blue)
    }
}
