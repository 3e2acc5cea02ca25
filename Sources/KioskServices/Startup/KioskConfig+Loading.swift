import Foundation

extension KioskConfig {
    /// Reads and checks the configuration file at `path`.
    static func load(path: String) throws(StartupError) -> KioskConfig {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableConfig(path: path, reason: Self.reason(error))
        }
        do {
            return try decoded(from: data)
        } catch {
            throw .invalidConfig(path: path, reason: error.reason)
        }
    }

    /// The configured time zone, or an error naming it.
    func resolvedTimeZone(configPath: String) throws(StartupError) -> TimeZone {
        guard let zone else { throw .invalidConfig(path: configPath, reason: ConfigProblem.unknownTimeZone(timeZone).reason) }
        return zone
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return String(cString: strerror(ENOENT))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError {
            return String(cString: strerror(EACCES))
        }
        return nsError.localizedDescription
    }
}
