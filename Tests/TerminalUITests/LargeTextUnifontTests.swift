import Foundation
import Testing
@testable import TerminalUI

/// Checks against the real GNU Unifont, which the kiosk's setup script installs.
@Suite(.enabled(
    if: FileManager.default.isReadableFile(atPath: UnifontFont.debianPath),
    "GNU Unifont is not installed (Debian package unifont); Kiosk/setup installs it"
))
struct LargeTextUnifontTests {
    @Test func rendersElderlyAtFullResolutionWithInkInEveryGlyph() throws {
        let clock = ContinuousClock()
        var renderer: LargeTextRenderer?
        let loading = clock.measure { renderer = LargeTextRenderer.loading(log: .silent) }
        let loaded = try #require(renderer)
        #expect(loaded.isAvailable)
        #expect(loading < .milliseconds(150))
        var grid = Grid(width: 40, height: 12)
        #expect(loaded.draw("长者", in: &grid, x: 0, y: 0) == TerminalSize(width: 32, height: 8))
        let ink: (Int, Int, Int, Int) -> Int = { left, top, width, height in
            var count = 0
            for y in top..<(top + height) {
                for x in left..<(left + width) where grid[x, y].text != " " { count += 1 }
            }
            return count
        }
        #expect(ink(0, 0, 16, 8) > 20 && ink(16, 0, 16, 8) > 20)
        #expect(ink(32, 0, 8, 12) == 0 && ink(0, 8, 40, 4) == 0)
    }

    @Test func everySampledLineOfTheFileIsFoundByItsCodePoint() throws {
        let font = try UnifontFont()
        let text = try String(contentsOfFile: UnifontFont.debianPath, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count > 50_000)
        var checked = 0
        for line in stride(from: 0, to: lines.count, by: 97).map({ lines[$0] }) + [lines[lines.count - 1]] {
            let parts = line.split(separator: ":")
            let value = try #require(UInt32(parts[0], radix: 16))
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glyph = try #require(font.glyph(for: scalar), "U+\(parts[0])")
            #expect(glyph.width * 4 == parts[1].count)
            checked += 1
        }
        #expect(checked > 500)
    }
}
