import Foundation

/// A pipe that ends the terminal's wait for input early: another thread signals it when it hands the UI
/// loop something (a card read, a finished database call), so the loop need not sleep out its poll interval.
///
/// Signalling never blocks: the pipe is non-blocking and one waiting byte is as good as many.
public final class WakePipe: Sendable {
    /// Polled beside the terminal's input.
    public let readDescriptor: Int32
    private let writeDescriptor: Int32

    /// A new pipe, closed on exec so no child program inherits it.
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        if readDescriptor >= 0 { close(readDescriptor) }
        if writeDescriptor >= 0 { close(writeDescriptor) }
    }

    /// Wakes a wait on `readDescriptor`; safe from any thread.
    public func signal() {
        guard writeDescriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Takes every waiting signal, so the next wait sleeps until a new one.
    public func drain() {
        guard readDescriptor >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }

    /// True when a signal is waiting (does not take it).
    public var isSignalled: Bool {
        guard readDescriptor >= 0 else { return false }
        var descriptor = pollfd(fd: readDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
