import CNCursesW

extension CursesTerminal {
    /// The key for an ncurses key code (`KEY_*`), or nil for keys the kiosk does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_DC: .delete
        case KEY_BACKSPACE: .backspace
        case KEY_ENTER: .enter
        case kiosk_key_f(1)...kiosk_key_f(63): .function(Int(code - kiosk_key_f(0)))
        default: nil
        }
    }

    /// The key for a character read in raw mode: Enter, Tab, Escape, Backspace and Ctrl combinations decoded.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
