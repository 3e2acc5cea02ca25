#if canImport(Glibc)
import Glibc
#endif

/// A raw serial line (termios 115200 8N1, no flow control) with a read deadline.
public final class SerialPort {
    private let descriptor: Int32

    /// Opens and configures the device at `path`.
    public init(path: String) throws(GA467Error) {
        let fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .portUnavailable(path: path) }
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else {
            close(fd)
            throw .portUnavailable(path: path)
        }
        cfmakeraw(&settings)
        cfsetispeed(&settings, speed_t(B115200))
        cfsetospeed(&settings, speed_t(B115200))
        settings.c_cflag &= ~(tcflag_t(PARENB) | tcflag_t(CSTOPB) | tcflag_t(CSIZE) | tcflag_t(CRTSCTS))
        settings.c_cflag |= tcflag_t(CS8) | tcflag_t(CLOCAL) | tcflag_t(CREAD)
        guard tcsetattr(fd, TCSANOW, &settings) == 0 else {
            close(fd)
            throw .portUnavailable(path: path)
        }
        tcflush(fd, TCIOFLUSH)
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Writes all bytes.
    public func write(_ bytes: [UInt8]) throws(GA467Error) {
        var sent = 0
        while sent < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + sent, bytes.count - sent) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .portUnavailable(path: "")
            }
            sent += result
        }
    }

    /// Reads whatever arrives within `milliseconds`; throws `timeout` when nothing does.
    public func read(timeoutMilliseconds milliseconds: Int32) throws(GA467Error) -> [UInt8] {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, milliseconds)
        guard ready > 0 else { throw .timeout }
        var buffer = [UInt8](repeating: 0, count: 2048)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { throw .timeout }
        return Array(buffer[..<count])
    }
}
