import Foundation
import Testing
@testable import TerminalUI

struct LargeTextFallbackTests {
    @Test func missingFontMakesTheRendererUnavailableAndIsLoggedOnce() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let recorder = LargeTextLogRecorder()
        let path = fixture.directory.appendingPathComponent("absent.hex").path
        let renderer = LargeTextRenderer.loading(fontPath: path, log: recorder.log)
        #expect(!renderer.isAvailable)
        var grid = Grid(width: 20, height: 8)
        #expect(renderer.draw("中1", in: &grid, x: 0, y: 0) == nil)
        #expect(grid == Grid(width: 20, height: 8))
        #expect(recorder.problems == [.fontMissing(path: path)])
        #expect(recorder.problems.first?.messageKey == "largeText.error.fontMissing")
    }

    @Test func unreadableAndMalformedFontsAreToldApart() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let recorder = LargeTextLogRecorder()
        let empty = try fixture.write("", name: "empty.hex")
        let text = try fixture.write("This is not a font\n", name: "text.hex")
        let directory = fixture.directory.path
        for path in [empty, text, directory] {
            #expect(!LargeTextRenderer.loading(fontPath: path, log: recorder.log).isAvailable)
        }
        #expect(recorder.problems == [
            .fontMalformed(path: empty), .fontMalformed(path: text), .fontUnreadable(path: directory, code: EISDIR),
        ])
    }

    @Test func aLoadedFontLogsNothing() throws {
        let fixture = try LargeTextFixture()
        defer { fixture.remove() }
        let recorder = LargeTextLogRecorder()
        let renderer = LargeTextRenderer.loading(fontPath: try fixture.writeFont(), log: recorder.log)
        #expect(renderer.isAvailable && recorder.problems.isEmpty)
    }
}
