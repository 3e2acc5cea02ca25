import Foundation
import KioskDomain
import KioskSpeech
import KioskAssets
import KioskFlows
import TerminalUI

/// Starts the kiosk on the controlling terminal and runs it until it ends.
public struct KioskLauncher {
    var settings: KioskSettings
    /// Where the runtime reads the time (the configured zone).
    var clock: KioskClock
    /// What the screens say, in both languages.
    var strings: StringCatalog
    /// Where the kiosk writes what a technician should know.
    var log: KioskLog
    /// Unifont's .hex file, for elderly mode's large glyphs.
    var fontPath: String = UnifontFont.debianPath
    /// Whether a speaker is attached: elderly mode then reads screens aloud.
    var speech: Bool = false
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
    func run(whenStarted: (EventInbox) -> Void = { _ in }) throws(StartupError) {
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
            clock: WallClockTime(date: clock.now(), timeZone: clock.timeZone)
        )
        let log = self.log
        let largeText = LargeTextRenderer.loading(fontPath: fontPath, log: LargeTextLog { problem in
            log.write("large text unavailable, using normal text: \(problem)")
        })
        let reader = speech ? SpeakingScreenReader(speaker: EspeakSpeaker(log: SpeechLog { problem in
            log.write("speech unavailable, continuing silently: \(problem)")
        })) : nil
        let runtime = KioskRuntime(
            terminal: terminal, strings: strings, state: state, clock: clock, largeText: largeText, reader: reader,
            handleEffect: handleEffect
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
