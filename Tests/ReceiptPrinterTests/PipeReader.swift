import Foundation

/// Reads a named pipe to its end on its own thread, like a print relay.
final class PipeReader: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var bytes: [UInt8] = []

    /// Starts reading `path` at once.
    init(path: String) {
        let thread = Thread { [self] in
            bytes = Array(FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data())
            finished.signal()
        }
        thread.start()
    }

    /// Everything the pipe delivered, once its writer closed it.
    func received() -> [UInt8] {
        finished.wait()
        return bytes
    }
}
