import Foundation

/// The terminal to restore when the process exits normally.
nonisolated(unsafe) private weak var terminalToRestoreAtExit: CursesTerminal?
nonisolated(unsafe) private var exitHandlerRegistered = false

extension CursesTerminal {
    /// Makes `exit()` restore this terminal if the program forgot to.
    static func registerForExit(_ terminal: CursesTerminal) {
        terminalToRestoreAtExit = terminal
        guard !exitHandlerRegistered else { return }
        exitHandlerRegistered = true
        atexit {
            terminalToRestoreAtExit?.restore()
        }
    }

    /// Forgets the terminal once it has been restored.
    static func unregisterForExit(_ terminal: CursesTerminal) {
        if terminalToRestoreAtExit === terminal { terminalToRestoreAtExit = nil }
    }
}
