import Foundation

/// The text for one speech program, ready as its standard input: a pipe filled and closed for
/// writing before the program starts, so the program reads it and the kiosk never writes to a pipe
/// whose reader is gone (no SIGPIPE when speech is interrupted).
///
/// The text is cut to `limit` bytes, well under the pipe's 64 KiB buffer, so filling it never blocks;
/// a screen's speech is a few hundred bytes.
struct SpokenInput {
    /// Why the pipe could not be made or filled; `code` is the system error number.
    struct Failure: Error {
        let code: Int32
    }

    /// The most bytes handed over; longer texts are cut at the last whole line within it.
    static let limit = 32 * 1024

    /// The read end, for the child; closed by swift-subprocess once the child is started.
    let readEnd: Int32

    /// Makes the pipe and writes `text` (cut to `limit`) into it, then closes the write end.
    init(_ text: String) throws(Failure) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw Failure(code: errno) }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        defer { close(ends[1]) }
        let bytes = Self.cut(Array(text.utf8))
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(ends[0])
                throw Failure(code: code)
            }
            written += count
        }
        readEnd = ends[0]
    }

    /// `bytes` when within the limit, else up to the last newline inside it.
    static func cut(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count > limit else { return bytes }
        let head = bytes[..<limit]
        return Array(head[..<(head.lastIndex(of: 0x0A) ?? limit)])
    }
}
