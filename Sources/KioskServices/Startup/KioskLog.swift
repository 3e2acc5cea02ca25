import Foundation
import KioskDomain
import KioskLogging
import Logging

/// The kiosk's log file: one timestamped line per event worth a technician's attention (a missing
/// font, no speech output), written through swift-log. The screen belongs to the villager, so nothing
/// is printed there.
public struct KioskLog: Sendable {
    /// Where `kiosk run` writes unless the configuration says otherwise: the folder systemd's
    /// `LogsDirectory=village-kiosk` makes writable for the service.
    public static let defaultPath = KioskConfig.defaultLogPath

    let path: String
    private let logger: Logger

    /// A log at `path`, each line stamped with `clock`'s time in its zone.
    public init(path: String, clock: KioskClock) {
        self.path = path
        let file = LogFile(path: path)
        logger = Logger(label: "village-kiosk") { label in
            FileLogHandler(label: label, file: file, timeZone: clock.timeZone, now: { clock.now() })
        }
    }

    /// Appends one line; a log that cannot be written is not worth stopping the kiosk for.
    public func write(_ message: String) {
        logger.warning("\(message)")
    }
}
