import CNCursesW
import Foundation
import Testing
@testable import TerminalUI

struct CursesTerminalKeyTests {
    @Test func rawModeCharactersMapToKeys() {
        #expect(CursesTerminal.key(forCharacter: 13) == .enter)
        #expect(CursesTerminal.key(forCharacter: 10) == .enter)
        #expect(CursesTerminal.key(forCharacter: 9) == .tab)
        #expect(CursesTerminal.key(forCharacter: 27) == .escape)
        #expect(CursesTerminal.key(forCharacter: 127) == .backspace)
        #expect(CursesTerminal.key(forCharacter: 8) == .backspace)
        #expect(CursesTerminal.key(forCharacter: 3) == .control("c"))
        #expect(CursesTerminal.key(forCharacter: 26) == .control("z"))
        #expect(CursesTerminal.key(forCharacter: 28) == .control("\\"))
        #expect(CursesTerminal.key(forCharacter: 0x31) == .character("1"))
        #expect(CursesTerminal.key(forCharacter: 0x4E2D) == .character("中"))
        #expect(CursesTerminal.key(forCharacter: 0) == nil)
        #expect(CursesTerminal.key(forCharacter: 0xD800) == nil)
    }

    @Test func ncursesKeyCodesMapToKeys() {
        #expect(CursesTerminal.key(forKeyCode: KEY_UP) == .up)
        #expect(CursesTerminal.key(forKeyCode: KEY_NPAGE) == .pageDown)
        #expect(CursesTerminal.key(forKeyCode: KEY_DC) == .delete)
        #expect(CursesTerminal.key(forKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(CursesTerminal.key(forKeyCode: KEY_ENTER) == .enter)
        #expect(CursesTerminal.key(forKeyCode: kiosk_key_f(1)) == .function(1))
        #expect(CursesTerminal.key(forKeyCode: kiosk_key_f(12)) == .function(12))
        #expect(CursesTerminal.key(forKeyCode: KEY_MOUSE) == nil)
    }

    @Test func refusesToStartWithoutATerminal() {
        let pipe = Pipe()
        #expect(throws: TerminalError.cannotStart) {
            _ = try CursesTerminal(input: pipe.fileHandleForReading, output: pipe.fileHandleForWriting)
        }
        #expect(TerminalError.cannotStart.messageKey == "terminal.error.cannotStart")
    }
}
