#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SmartCard
import Synchronization

/// Serves a `SimulatedGA467Module` on the master side of a pseudo-terminal; readers open `devicePath`.
public final class PseudoTerminalModule: Sendable {
    /// The pseudo-terminal could not be created.
    public struct Unavailable: Error {}

    /// The serial device path a `GA467Reader` opens.
    public let devicePath: String
    private let master: Int32
    private let keepSlaveOpen: Int32
    private let module: Mutex<SimulatedGA467Module>
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)
    private static let getNumber: UInt = 0x8004_5430
    private static let setLock: UInt = 0x4004_5431

    /// Opens a pseudo-terminal pair and starts answering on it.
    public init(module: SimulatedGA467Module) throws {
        // posix_openpt/unlockpt/ptsname are hidden from Swift's Glibc module: use the ptmx ioctls directly.
        let fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Unavailable() }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(fd, Self.setLock, &unlock) == 0, ioctl(fd, Self.getNumber, &number) == 0 else {
            close(fd)
            throw Unavailable()
        }
        devicePath = "/dev/pts/\(number)"
        master = fd
        keepSlaveOpen = open(devicePath, O_RDWR | O_NOCTTY)
        var settings = termios()
        if tcgetattr(keepSlaveOpen, &settings) == 0 {
            cfmakeraw(&settings)
            tcsetattr(keepSlaveOpen, TCSANOW, &settings)
        }
        self.module = Mutex(module)
        let thread = Thread { [self] in
            serve()
            finished.signal()
        }
        thread.start()
    }

    /// Changes what the module simulates (e.g. a card placed or taken away).
    public func update(_ change: @Sendable (inout SimulatedGA467Module) -> Void) {
        module.withLock { change(&$0) }
    }

    /// Stops answering and closes the pair.
    public func stop() {
        let first = stopped.withLock { value -> Bool in
            defer { value = true }
            return !value
        }
        guard first else { return }
        finished.wait()
        close(keepSlaveOpen)
        close(master)
    }

    deinit { stop() }

    private func serve() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while !stopped.withLock({ $0 }) {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            pending += buffer[..<count]
            while true {
                guard let result = try? GA467Frame.decode(pending) else {
                    pending = []
                    write(GA467Frame(body: [0x00, 0x00, 0x10]).bytes)
                    break
                }
                guard case .frame(let request, let consumed) = result else {
                    if case .needMore(let discardable) = result { pending.removeFirst(discardable) }
                    break
                }
                pending.removeFirst(consumed)
                let answer = module.withLock { $0.answer(request) }
                write(answer.bytes)
            }
        }
    }

    private func write(_ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress! + sent, bytes.count - sent) }
            guard count > 0 else { return }
            sent += count
        }
    }
}
