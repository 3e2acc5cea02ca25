#if canImport(Glibc)
import Glibc
#endif

/// The simulator's TCP connection to the vpcd reader driver: every message is a 2-byte big-endian length and data.
///
/// Sets TCP_NODELAY, and TCP_QUICKACK again after every read: vpcd writes length and body separately, and
/// without both each APDU waits ~40 ms on delayed acknowledgements.
final class VPCDLink {
    /// vpcd's control messages (one byte).
    enum Control: UInt8 {
        case powerOff = 0x00, powerOn = 0x01, reset = 0x02, getATR = 0x04
    }

    /// The socket failed or vpcd closed it.
    struct Closed: Error {}

    private let descriptor: Int32
    private static let tcpNoDelay: Int32 = 1
    private static let tcpQuickAck: Int32 = 12

    /// Connects to vpcd on `host:port` (127.0.0.1:35963 is reader 0).
    init(host: String, port: UInt16) throws(Closed) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Closed() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw Closed()
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw Closed()
        }
        descriptor = fd
        setOption(Self.tcpNoDelay)
        setOption(Self.tcpQuickAck)
    }

    deinit { close(descriptor) }

    /// Waits up to `milliseconds` for a message; nil when none arrived.
    func receive(timeoutMilliseconds milliseconds: Int32) throws(Closed) -> [UInt8]? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, milliseconds)
        if ready == 0 { return nil }
        guard ready > 0 else {
            if errno == EINTR { return nil }
            throw Closed()
        }
        let header = try readExactly(2)
        let length = Int(header[0]) << 8 | Int(header[1])
        return try readExactly(length)
    }

    /// Sends one message (length and data in a single write).
    func send(_ data: [UInt8]) throws(Closed) {
        let message = [UInt8(data.count >> 8), UInt8(data.count & 0xFF)] + data
        var sent = 0
        while sent < message.count {
            let count = message.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + sent, message.count - sent, Int32(MSG_NOSIGNAL)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Closed() }
            sent += count
        }
    }

    private func readExactly(_ count: Int) throws(Closed) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var received = 0
        while received < count {
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + received, count - received, 0) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw Closed() }
            received += got
            setOption(Self.tcpQuickAck)
        }
        return buffer
    }

    private func setOption(_ option: Int32) {
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), option, &on, socklen_t(MemoryLayout<Int32>.size))
    }
}
