import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A village link simulated in-process: a loopback TCP proxy in front of the hub that paces each direction to a
/// bit rate and loses segments.
///
/// Model (assumed, for the benchmark): data moves in 1,460-byte segments; each direction's segments share the link's
/// rate (1 Mbit/s: a segment takes 11.7 ms). A segment is lost with probability `lossRate`; a lost segment is sent
/// again after a retransmission timeout (200 ms, Linux's minimum), and one loss in ten is the link going down: the
/// proxy drops the connection on both sides, as a village router losing its uplink does, and the kiosk sends again.
final class LossyLink: Sendable {
    static let segment = 1_460
    static let retransmissionTimeout: Double = 0.2

    let bitsPerSecond: Double
    let lossRate: Double
    let upstreamPort: UInt16
    private let listener: Int32
    /// The port kiosks connect to.
    let port: UInt16
    private let pacers = [Pacer(), Pacer()]
    private let counters = Mutex(Counters())

    /// What crossed the link.
    struct Counters: Sendable {
        var bytesUp = 0
        var bytesDown = 0
        var segmentsLost = 0
        var resets = 0
    }

    init(to upstreamPort: Int, bitsPerSecond: Double, lossRate: Double) throws {
        self.bitsPerSecond = bitsPerSecond
        self.lossRate = lossRate
        self.upstreamPort = UInt16(upstreamPort)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LossyLinkError.socket("socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw LossyLinkError.socket("bind/listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let link = self
        Thread.detachNewThread { link.acceptLoop() }
    }

    /// What crossed the link so far.
    var totals: Counters { counters.withLock { $0 } }

    /// Stops taking connections (open ones end when either side closes).
    func close() {
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: upstreamPort)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                Glibc.close(client)
                Glibc.close(server)
                continue
            }
            let pair = ConnectionPair(client: client, server: server)
            let link = self
            Thread.detachNewThread { link.pump(from: client, to: server, direction: 0, pair: pair) }
            Thread.detachNewThread { link.pump(from: server, to: client, direction: 1, pair: pair) }
        }
    }

    /// Copies one direction segment by segment at the link's pace, losing some.
    private func pump(from source: Int32, to destination: Int32, direction: Int, pair: ConnectionPair) {
        defer { pair.pumpStopped() }
        var buffer = [UInt8](repeating: 0, count: Self.segment)
        let secondsPerByte = 8 / bitsPerSecond
        while true {
            let count = read(source, &buffer, Self.segment)
            guard count > 0 else { break }
            pacers[direction].take(seconds: Double(count) * secondsPerByte)
            if Double.random(in: 0..<1) < lossRate {
                if Int.random(in: 0..<10) == 0 {
                    counters.withLock { $0.resets += 1 }
                    pair.reset()
                    return
                }
                counters.withLock { $0.segmentsLost += 1 }
                Thread.sleep(forTimeInterval: Self.retransmissionTimeout)
            }
            var sent = 0
            while sent < count {
                let written = buffer[sent..<count].withUnsafeBytes { send(destination, $0.baseAddress, count - sent, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { return }
                sent += written
            }
            counters.withLock { totals in
                if direction == 0 { totals.bytesUp += count } else { totals.bytesDown += count }
            }
        }
    }

    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

/// The two sockets of one proxied connection: ended once by whichever pump stops first, closed when both stopped (so no
/// pump ever reads a descriptor number the system has given to a newer connection).
final class ConnectionPair: Sendable {
    let client: Int32
    let server: Int32
    private let state = Mutex((ended: false, pumpsRunning: 2))

    init(client: Int32, server: Int32) {
        self.client = client
        self.server = server
    }

    /// Drops the link: both sides end at once, mid-transfer, as a village router losing its uplink does.
    func reset() {
        end()
    }

    /// Ends both directions; the other pump's read then returns.
    func end() {
        let first = state.withLock { state in
            defer { state.ended = true }
            return !state.ended
        }
        guard first else { return }
        shutdown(client, Int32(SHUT_RDWR))
        shutdown(server, Int32(SHUT_RDWR))
    }

    /// One pump stopped; the second to stop closes both descriptors.
    func pumpStopped() {
        end()
        let last = state.withLock { state in
            state.pumpsRunning -= 1
            return state.pumpsRunning == 0
        }
        if last {
            Glibc.close(client)
            Glibc.close(server)
        }
    }
}

/// One direction of the link: segments of every connection queue for it, one after the other.
final class Pacer: Sendable {
    private let nextFree = Mutex(ContinuousClock.now)

    /// Waits until the link has carried `seconds` worth of this segment after those queued before it.
    func take(seconds: Double) {
        let done = nextFree.withLock { next -> ContinuousClock.Instant in
            let start = max(next, ContinuousClock.now)
            next = start + .nanoseconds(Int64(seconds * 1e9))
            return next
        }
        let wait = ContinuousClock.now.duration(to: done)
        if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.attoseconds) / 1e18 + Double(wait.components.seconds)) }
    }
}

/// The proxy could not be set up.
enum LossyLinkError: Error {
    case socket(String)
}
