#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// open(2), named apart from the device's own `open`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// write(2), named apart from the device's own `write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// The receipt printer at a configured path: a printer device such as /dev/usb/lp0, a named pipe
/// read by a print relay, or an existing file that receipts are appended to.
///
/// Writes never block past the timeout and never create files: a missing path is `notFound`.
public struct ReceiptPrinterDevice: Sendable {
    /// The configured path.
    public let path: String
    /// The longest a whole write may take, from opening to the printer taking the last byte.
    public let timeout: Duration

    /// A printer at `path`, giving up after `timeout`.
    public init(path: String, timeout: Duration = .seconds(10)) {
        self.path = path
        self.timeout = timeout
    }

    /// Sends the bytes to the printer in full, or throws why it could not.
    public func write(_ bytes: [UInt8]) throws(ReceiptPrinterError) {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        let kind = try PrinterPathKind(of: path)
        let descriptor = try open(kind, until: deadline)
        defer { close(descriptor) }
        if kind == .characterDevice {
            if PrinterPortStatus.read(descriptor)?.isOutOfPaper == true { throw .paperOut }
            // usblp: fail a blocked write with ENOSPC when the printer reports no paper.
            _ = ioctl(descriptor, Self.abortOnErrorRequest, 1)
        }
        do throws(ReceiptPrinterError) {
            try SignalMask.withBrokenPipeBlocked { () throws(ReceiptPrinterError) in
                try send(bytes, to: descriptor, kind, until: deadline)
                // A non-blocking usblp write returns before the transfer ends; closing early would drop it.
                try waitUntilWritable(descriptor, until: deadline)
            }
        } catch .timedOut where kind == .characterDevice {
            // A printer that stopped taking data may have run out of paper meanwhile.
            throw PrinterPortStatus.read(descriptor)?.isOutOfPaper == true ? .paperOut : .timedOut
        }
    }

    /// LPABORT from linux/lp.h.
    static let abortOnErrorRequest: UInt = 0x0604

    /// Opens for writing without blocking; a pipe without its reader yet is retried until the deadline.
    private func open(_ kind: PrinterPathKind, until deadline: ContinuousClock.Instant) throws(ReceiptPrinterError) -> Int32 {
        var flags = O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        if kind == .regularFile { flags |= O_APPEND }
        while true {
            let descriptor = systemOpen(path, flags)
            if descriptor >= 0 { return descriptor }
            let code = errno
            if code == EINTR { continue }
            guard kind == .namedPipe, code == ENXIO else {
                throw ReceiptPrinterError.failure(errno: code, onPrinterDevice: kind == .characterDevice)
            }
            guard ContinuousClock.now < deadline else { throw .timedOut }
            usleep(Self.pipeRetryMicroseconds)
        }
    }

    /// How long to wait before asking again whether a pipe has a reader.
    static let pipeRetryMicroseconds: UInt32 = 10_000

    /// Writes all bytes, waiting for the device between partial writes.
    private func send(_ bytes: [UInt8], to descriptor: Int32, _ kind: PrinterPathKind,
                      until deadline: ContinuousClock.Instant) throws(ReceiptPrinterError) {
        var offset = 0
        while offset < bytes.count {
            try waitUntilWritable(descriptor, until: deadline)
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            let code = errno
            if code == EAGAIN || code == EWOULDBLOCK || code == EINTR { continue }
            throw ReceiptPrinterError.failure(errno: code, onPrinterDevice: kind == .characterDevice)
        }
    }

    /// Waits until the descriptor takes more bytes, or throws `timedOut` at the deadline.
    private func waitUntilWritable(_ descriptor: Int32, until deadline: ContinuousClock.Instant) throws(ReceiptPrinterError) {
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { throw .timedOut }
            var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&request, 1, Int32(clamping: Self.milliseconds(remaining)))
            if ready > 0 {
                // POLLERR and POLLHUP (a pipe's reader gone) surface as the next write's error.
                return
            }
            if ready < 0, errno != EINTR {
                throw .writeFailed(code: errno)
            }
        }
    }

    /// A duration rounded up to whole milliseconds.
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}

extension ReceiptPrinterError {
    /// The failure an errno from opening or writing the printer stands for.
    ///
    /// ENOSPC means paper out only on a printer device (usblp with LPABORT); on a file it is a full disk.
    static func failure(errno code: Int32, onPrinterDevice: Bool) -> ReceiptPrinterError {
        switch code {
        case ENOENT, ENOTDIR, ENXIO, ENODEV, EISDIR: .notFound
        case EACCES, EPERM, EROFS: .permissionDenied
        case ENOSPC where onPrinterDevice: .paperOut
        case ETIMEDOUT: .timedOut
        default: .writeFailed(code: code)
        }
    }
}
