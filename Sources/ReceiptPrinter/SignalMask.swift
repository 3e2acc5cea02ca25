#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps SIGPIPE from ending the kiosk when a pipe's reader goes away mid-receipt.
enum SignalMask {
    /// Runs `body` with SIGPIPE blocked on this thread; a SIGPIPE it raised is consumed, so the write
    /// fails with EPIPE instead. The rest of the process keeps its own signal handling.
    static func withBrokenPipeBlocked<Result>(_ body: () throws(ReceiptPrinterError) -> Result) throws(ReceiptPrinterError) -> Result {
        var brokenPipe = sigset_t()
        sigemptyset(&brokenPipe)
        sigaddset(&brokenPipe, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
                var now = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&brokenPipe, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return try body()
    }
}
