import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import Testing
import TerminalUI

/// Screen-text snapshots: a rendered grid as lines, kept in `Snapshots/NAME.txt` and readable in review.
///
/// Set `KIOSK_RECORD_SNAPSHOTS=1` to write them anew; a recording run fails, so it is never mistaken for a pass.
enum ScreenSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The shipped string tables.
    static let strings: StringCatalog = {
        do {
            return try StringCatalog.load(from: KioskAssets.url("strings"))
        } catch {
            fatalError("the shipped string tables do not load: \(error)")
        }
    }()

    /// The screen text of `state`, as the terminal would show it; a placeholder left unfilled fails the test.
    static func text(of state: KioskState, largeText: LargeTextRenderer? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let text = KioskRenderer.render(state, strings: strings, largeText: largeText).lines.joined(separator: "\n") + "\n"
        #expect(UserMessage.placeholders(in: text).isEmpty, "a placeholder is not filled:\n\(text)",
                sourceLocation: sourceLocation)
        return text
    }

    /// Compares the rendered screen with the stored snapshot `name`, and checks no text is missing.
    static func check(
        _ state: KioskState, named name: String, largeText: LargeTextRenderer? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let actual = text(of: state, largeText: largeText, sourceLocation: sourceLocation)
        #expect(!actual.contains(StringCatalog.missingMark), "a string key has no text:\n\(actual)", sourceLocation: sourceLocation)
        let file = folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["KIOSK_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again without KIOSK_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "screen \(name) differs from its snapshot:\n\(actual)", sourceLocation: sourceLocation)
    }

    /// Checks the screen in Chinese (`NAME-zh-80x24`) and in English (`NAME-en-80x24`).
    static func checkBoth(_ state: KioskState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var chinese = state
        chinese.language = .chinese
        try check(chinese, named: "\(name)-zh-80x24", sourceLocation: sourceLocation)
        var english = state
        english.language = .english
        try check(english, named: "\(name)-en-80x24", sourceLocation: sourceLocation)
    }
}

/// A fixed moment and village for deterministic screens.
enum Fixture {
    static let clock = WallClockTime(year: 2026, month: 11, day: 30, hour: 9, minute: 5)
    static let settings = KioskSettings(villageName: "马山县白山镇那料村")
    static let demoSettings = KioskSettings(villageName: "马山县白山镇那料村", isDemo: true, demoCardLabels: ["黄秀英", "农志强"])

    static func state(width: Int = 80, height: Int = 24, settings: KioskSettings = settings) -> KioskState {
        KioskState(settings: settings, size: TerminalSize(width: width, height: height), clock: clock)
    }
}
