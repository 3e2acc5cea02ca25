import TerminalUI

/// Something that happened at an edge of the kiosk, fed to `reduce`.
public enum KioskEvent: Sendable, Equatable {
    /// A key was pressed.
    case key(Key)
    /// The terminal has a new size.
    case resized(TerminalSize)
    /// The wall clock moved on (sent every second by the runtime).
    case clock(WallClockTime)
    /// Something happened at the card reader.
    case card(CardSignal)
    /// The operating system asked the program to end (SIGTERM, SIGHUP).
    case terminationRequested
}
