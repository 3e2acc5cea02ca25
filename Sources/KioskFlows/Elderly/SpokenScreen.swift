import TerminalUI

/// What is read aloud for a screen in elderly mode: its text top to bottom, as the normal layout
/// shows it (large glyphs are pictures of text), without frames, marks or the status line.
public enum SpokenScreen {
    /// The lines to speak for `state`; a masked PIN (●) is never among them, and the speaker masks ID numbers.
    public static func lines(_ state: KioskState, strings: StringCatalog) -> [String] {
        let rows = KioskRenderer.render(state, strings: strings).lines.dropLast()
        return rows.compactMap { row in
            let spoken = String(row.unicodeScalars.filter { !isDecoration($0) }.map(Character.init))
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return spoken.isEmpty ? nil : spoken
        }
    }

    /// Box drawing, block elements, geometric marks and the PIN mask: nothing a voice should say.
    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2500...0x25FF: true  // box drawing, blocks, geometric shapes (▶ ● ▲ ▼)
        case 0x2190...0x21FF: true  // arrows
        default: false
        }
    }
}

/// Reads screens aloud (elderly mode); the edge implements it with a speech synthesiser.
public protocol ScreenReader: AnyObject, Sendable {
    /// Starts reading these lines, interrupting whatever was being read.
    func read(_ lines: [String])
    /// Stops reading at once.
    func stop()
}
