import Foundation

// State shared with the signal handler. Only async-signal-safe work happens in the handler:
// plain stores, write(2), tcsetattr(3) and _exit(2).
nonisolated(unsafe) private var signalPipeRead: Int32 = -1
nonisolated(unsafe) private var signalPipeWrite: Int32 = -1
nonisolated(unsafe) private var signalsSeen: Int32 = 0
nonisolated(unsafe) private var emergencyFileDescriptor: Int32 = -1
nonisolated(unsafe) private var emergencyTerminalModes = termios()
nonisolated(unsafe) private var emergencyResetBytes: UnsafeMutablePointer<UInt8>?
nonisolated(unsafe) private var emergencyResetCount = 0
nonisolated(unsafe) private var previousActions: [Int32: sigaction] = [:]

/// Records a termination signal for `nextInput`; a second one means the program is stuck,
/// so the terminal is put back at once (saved modes, reset sequence) and the process exits.
private let handleTerminationSignal: @convention(c) (Int32) -> Void = { signal in
    signalsSeen += 1
    if signalsSeen > 1 {
        if emergencyFileDescriptor >= 0 {
            _ = tcsetattr(emergencyFileDescriptor, TCSANOW, &emergencyTerminalModes)
            if let bytes = emergencyResetBytes {
                _ = write(emergencyFileDescriptor, bytes, emergencyResetCount)
            }
        }
        _exit(128 + signal)
    }
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWrite, &byte, 1)
}

/// Observes SIGTERM, SIGHUP and SIGINT through a self-pipe so the input loop can report them.
enum TerminationSignals {
    /// The signals reported as `.terminationRequested`.
    static let observed: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// The descriptor that becomes readable when a signal arrived (for poll), or -1 when not installed.
    static var readDescriptor: Int32 { signalPipeRead }

    /// Installs the handlers; `terminal` is the tty to reset on a second signal, with its saved modes and reset sequence.
    static func install(terminal descriptor: Int32, savedModes: termios, resetSequence: [UInt8]) {
        guard signalPipeRead < 0 else { return }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        signalPipeRead = descriptors[0]
        signalPipeWrite = descriptors[1]
        signalsSeen = 0
        emergencyFileDescriptor = descriptor
        emergencyTerminalModes = savedModes
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, resetSequence.count))
        bytes.initialize(from: resetSequence, count: resetSequence.count)
        emergencyResetBytes = bytes
        emergencyResetCount = resetSequence.count
        for signal in observed {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleTerminationSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var previous = sigaction()
            if sigaction(signal, &action, &previous) == 0 {
                previousActions[signal] = previous
            }
        }
    }

    /// Puts the previous handlers back and closes the pipe.
    static func uninstall() {
        guard signalPipeRead >= 0 else { return }
        for (signal, previous) in previousActions {
            var action = previous
            _ = sigaction(signal, &action, nil)
        }
        previousActions = [:]
        emergencyFileDescriptor = -1
        close(signalPipeRead)
        close(signalPipeWrite)
        signalPipeRead = -1
        signalPipeWrite = -1
    }

    /// The signal received since the last call, if any (never blocks).
    static func takePending() -> Int32? {
        guard signalPipeRead >= 0 else { return nil }
        var byte: UInt8 = 0
        return read(signalPipeRead, &byte, 1) == 1 ? Int32(byte) : nil
    }
}
