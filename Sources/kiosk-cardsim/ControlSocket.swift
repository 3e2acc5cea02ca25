import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A Unix stream socket taking simulator commands, one per line, answering each with one line.
enum ControlSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Listens on `path` (replacing a stale socket file) and serves connections on background threads.
    static func listen(path: String, handle: @escaping @Sendable (String) -> String) throws {
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw Failure(description: "path too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 4) == 0 else { throw Failure(description: "cannot listen on \(path)") }
        Thread.detachNewThread {
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { continue }
                Thread.detachNewThread { serve(client, handle: handle) }
            }
        }
    }

    private static func serve(_ client: Int32, handle: @Sendable (String) -> String) {
        defer { close(client) }
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(client, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            pending += buffer[..<count]
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeFirst(newline + 1)
                let reply = Array((handle(line) + "\n").utf8)
                _ = reply.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            }
        }
    }
}
