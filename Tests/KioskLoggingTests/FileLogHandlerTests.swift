import Foundation
import KioskLogging
import Logging
import Synchronization
import Testing

struct FileLogHandlerTests {
    /// A time source the test moves by hand.
    final class HandClock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_773_450_300)) // 2026-03-14 01:05:00 UTC
        func now() -> Date { time.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { time.withLock { $0 += seconds } }
    }

    static func scratchPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-log-\(UUID().uuidString).log").path
    }

    @Test func eachMessageIsOneLineStampedWithTheInjectedTime() throws {
        let path = Self.scratchPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let clock = HandClock()
        let file = LogFile(path: path)
        let logger = Logger(label: "village-kiosk") { label in
            FileLogHandler(label: label, file: file, timeZone: TimeZone(identifier: "Asia/Shanghai")!, now: { clock.now() })
        }
        logger.warning("large text unavailable, using normal text")
        clock.advance(65)
        logger.error("speech unavailable", metadata: ["program": "espeak-ng"])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "2026-03-14T09:05:00+08:00 warning village-kiosk: large text unavailable, using normal text",
            "2026-03-14T09:06:05+08:00 error village-kiosk: speech unavailable program=espeak-ng",
            "",
        ])
    }

    @Test func linesAreAppendedToAnExistingFileAndBelowTheLevelNothingIsWritten() throws {
        let path = Self.scratchPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "earlier line\n".write(toFile: path, atomically: true, encoding: .utf8)
        let file = LogFile(path: path)
        var logger = Logger(label: "kiosk") { FileLogHandler(label: $0, file: file, now: { Date(timeIntervalSince1970: 0) }) }
        logger.logLevel = .notice
        logger.info("not written")
        logger.notice("two\nlines")
        #expect(try String(contentsOfFile: path, encoding: .utf8)
                == "earlier line\n1970-01-01T00:00:00Z notice kiosk: two lines\n")
    }

    @Test func aFileThatCannotBeOpenedIsReportedAndNothingElseHappens() {
        let file = LogFile(path: "/nonexistent-folder-\(UUID().uuidString)/kiosk.log")
        #expect(!file.append("lost"))
    }
}
