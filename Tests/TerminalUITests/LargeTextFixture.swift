import Foundation
import TerminalUI

/// A small `.hex` font written for the large-text tests, with glyphs designed for them.
struct LargeTextFixture {
    /// "中" (U+4E2D) as a 16x16 box crossed by a vertical stroke.
    static let zhong = "0100010001007FFC41044104410441047FFC0100010001000100010001000000"
    /// "1" (U+0031) as an 8x16 digit with a flag and a foot.
    static let one = "0000183878181818181818187E000000"
    /// U+FFFD as an 8x16 hollow box.
    static let replacement = "00007E424242424242424242427E0000"

    /// The fixture lines, sorted by code point as Unifont ships them.
    static let lines = [
        "0020:00000000000000000000000000000000",
        "0031:\(one)",
        "4E2D:\(zhong)",
        "FFFD:\(replacement)",
    ]

    let directory: URL

    /// Creates a fresh directory for one test's files.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("largetext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Writes `contents` to a file in the directory and returns its path.
    func write(_ contents: String, name: String = "fixture.hex") throws -> String {
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Writes the fixture font and returns its path.
    func writeFont(lineEnding: String = "\n") throws -> String {
        try write(Self.lines.joined(separator: lineEnding) + lineEnding)
    }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Collects what a large-text log receives, for checking how often it was called.
final class LargeTextLogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [LargeTextError] = []

    /// The problems logged so far, in order.
    var problems: [LargeTextError] { lock.withLock { recorded } }

    /// A log that appends to this recorder.
    var log: LargeTextLog {
        LargeTextLog { problem in self.lock.withLock { self.recorded.append(problem) } }
    }
}
