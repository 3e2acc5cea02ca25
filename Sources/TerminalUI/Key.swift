/// A key the person pressed, decoded from the terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    case enter, escape, backspace, delete, tab
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 is `.function(1)`.
    case function(Int)
    /// Ctrl-A ... Ctrl-Z as "a" ... "z" (Ctrl-C is `.control("c")` because the terminal runs in raw mode).
    case control(Character)
}
