import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 standing in for an SMS gateway in tests: it answers each POST with the status the
/// test chose for that request (in order; 200 once the list runs out) and remembers what it was sent.
final class LocalGatewayServer: @unchecked Sendable {
    struct Received: Hashable {
        var idempotencyKey: String?
        var body: String
    }

    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var statuses: [Int]
    private var received: [Received] = []
    private var thread: Thread?

    /// Starts listening on a free port.
    init(statuses: [Int] = []) throws {
        self.statuses = statuses
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = UInt16(bigEndian: actual.sin_port)
        let thread = Thread { [weak self] in self?.serve() }
        self.thread = thread
        thread.start()
    }

    /// The gateway's address.
    var url: URL { URL(string: "http://127.0.0.1:\(port)/sms")! }

    /// What it was sent, in order.
    var requests: [Received] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    /// Stops listening.
    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var expected: Int?
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
            if let end = data.range(of: Data("\r\n\r\n".utf8)) {
                let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
                if expected == nil {
                    let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                        .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                    expected = end.upperBound + length
                }
                if let expected, data.count >= expected { break }
            }
        }
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        let key = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("idempotency-key:") }
            .map { String($0.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let body = String(decoding: data[end.upperBound...], as: UTF8.self)
        lock.lock()
        received.append(Received(idempotencyKey: key, body: body))
        let status = statuses.isEmpty ? 200 : statuses.removeFirst()
        let number = received.count
        lock.unlock()
        let answer = status == 200 ? "{\"id\":\"gw-\(number)\"}" : "{}"
        let response = "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(answer.utf8.count)\r\nConnection: close\r\n\r\n\(answer)"
        _ = response.withCString { send(client, $0, strlen($0), 0) }
    }
}
