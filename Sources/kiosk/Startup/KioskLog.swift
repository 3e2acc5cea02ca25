import Foundation

/// The kiosk's log file: one timestamped line per event worth a technician's attention (a missing
/// font, no speech output). The screen belongs to the villager, so nothing is printed there.
struct KioskLog: Sendable {
    let path: String

    /// Appends one line; a log that cannot be written is not worth stopping the kiosk for.
    func write(_ message: String) {
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(message)\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            FileManager.default.createFile(atPath: path, contents: Data(line.utf8))
        }
    }
}
