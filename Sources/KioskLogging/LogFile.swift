#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A file that lines are appended to, one whole line per write, from any thread.
///
/// The file is opened for each line (created when missing), so a log rotated or removed by a
/// technician is simply started again. A line that cannot be written is dropped: the log is not
/// worth stopping the kiosk for.
public final class LogFile: Sendable {
    /// The file's path.
    public let path: String
    /// Serialises appends so lines of different threads never interleave.
    private let lock = Mutex(())

    /// A log file at `path`; nothing is opened until the first line.
    public init(path: String) {
        self.path = path
    }

    /// Appends `line` and a line feed; false when the file cannot be opened or written.
    @discardableResult
    public func append(_ line: String) -> Bool {
        let bytes = Array((line + "\n").utf8)
        return lock.withLock { _ in
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
