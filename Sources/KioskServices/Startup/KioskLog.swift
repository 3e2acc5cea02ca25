import Foundation
import KioskDomain

/// The kiosk's log file: one timestamped line per event worth a technician's attention (a missing
/// font, no speech output). The screen belongs to the villager, so nothing is printed there.
public struct KioskLog: Sendable {
    let path: String
    /// Where each line's time comes from.
    let clock: KioskClock

    /// A log appending to the file at `path`, stamping lines with `clock`'s time.
    public init(path: String, clock: KioskClock) {
        self.path = path
        self.clock = clock
    }

    /// Appends one line; a log that cannot be written is not worth stopping the kiosk for.
    public func write(_ message: String) {
        let line = "\(ISO8601DateFormatter().string(from: clock.now())) \(message)\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
}
