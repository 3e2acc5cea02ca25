import KioskFlows
import Testing
import TerminalUI

/// Typing on the keypad: allowed characters, length, Backspace, Enter and Esc.
struct TextEntryTests {
    @Test func digitsEntryTakesDigitsUpToItsLengthOnly() {
        var entry = TextEntry(maxLength: 3, allowed: .digits)
        #expect(entry.handle(.character("1")) == .edited)
        #expect(entry.handle(.character("a")) == .ignored)
        #expect(entry.handle(.character("２")) == .ignored, "full-width digits are not ASCII digits")
        _ = entry.handle(.character("2"))
        _ = entry.handle(.character("3"))
        #expect(entry.handle(.character("4")) == .ignored)
        #expect(entry.text == "123")
    }

    @Test func idNumberEntryTakesXOnlyAsTheLastCharacterAndUppercasesIt() {
        var entry = TextEntry(maxLength: 18, allowed: .idNumber)
        #expect(entry.handle(.character("x")) == .ignored)
        for digit in "45012419490629330" { _ = entry.handle(.character(digit)) }
        #expect(entry.handle(.character("x")) == .edited)
        #expect(entry.text == "45012419490629330X")
    }

    @Test func backspaceDeletesThenCancelsOnAnEmptyField() {
        var entry = TextEntry("9", maxLength: 5, allowed: .digits)
        #expect(entry.handle(.backspace) == .edited)
        #expect(entry.text.isEmpty)
        #expect(entry.handle(.backspace) == .cancelled)
        #expect(entry.handle(.escape) == .cancelled)
        #expect(entry.handle(.enter) == .submitted)
    }

    @Test func textEntryTakesChineseButNotControlCharacters() {
        var entry = TextEntry(maxLength: 10, allowed: .text)
        #expect(entry.handle(.character("那")) == .edited)
        #expect(entry.handle(.character("\u{07}")) == .ignored)
        #expect(entry.text == "那")
    }
}
