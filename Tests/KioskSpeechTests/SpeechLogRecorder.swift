import Foundation
@testable import KioskSpeech

/// Collects what a speech log receives, for checking how often it was called.
final class SpeechLogRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [SpeechProblem] = []

    /// The problems logged so far, in order.
    var problems: [SpeechProblem] { lock.withLock { recorded } }

    /// A log that appends to this recorder.
    var log: SpeechLog {
        SpeechLog { problem in self.lock.withLock { self.recorded.append(problem) } }
    }
}

/// A fresh temporary directory for one test's files.
struct SpeechScratchDirectory {
    let url: URL

    /// Creates the directory.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the directory.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Removes the directory.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
