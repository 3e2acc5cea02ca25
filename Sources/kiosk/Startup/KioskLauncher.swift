import Foundation
import KioskAssets
import KioskFlows
import TerminalUI

/// Starts the kiosk on the controlling terminal and runs it until it ends.
struct KioskLauncher {
    var settings: KioskSettings
    var timeZone: TimeZone
    /// Carries out the effects that are not the runtime's own (cards, printing, ...).
    var handleEffect: KioskRuntime.EffectHandler = { _, _ in }

    /// The string tables shipped in the assets.
    static func loadStrings() throws(StartupError) -> StringCatalog {
        do {
            return try StringCatalog.load(from: KioskAssets.url("strings"))
        } catch {
            throw .unreadableAssets(reason: "\(error)")
        }
    }

    /// Runs the kiosk in this terminal; returns when it ends, with the terminal restored.
    func run(strings: StringCatalog, whenStarted: (EventInbox) -> Void = { _ in }) throws(StartupError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw .noTerminal
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw .terminalFailed(reason: "\(error)")
        }
        let state = KioskState(
            settings: settings,
            size: terminal.size,
            clock: WallClockTime(date: Date(), timeZone: timeZone)
        )
        let runtime = KioskRuntime(
            terminal: terminal, strings: strings, state: state, timeZone: timeZone, handleEffect: handleEffect
        )
        whenStarted(runtime.inbox)
        do {
            try runtime.run()
        } catch {
            terminal.restore()
            throw .terminalFailed(reason: "\(error)")
        }
    }
}
