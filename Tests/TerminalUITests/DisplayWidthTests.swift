import CNCursesW
import Foundation
import Testing
@testable import TerminalUI

struct DisplayWidthTests {
    @Test func asciiIsOneColumnAndControlsAreZero() {
        #expect(DisplayWidth.of("A" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("~" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{7F}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{85}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("Village Kiosk") == 13)
    }

    @Test func wideScriptsTakeTwoColumns() {
        for scalar in ["中", "㐀", "𠀀", "あ", "ア", "한", "ᄀ", "Ａ", "，", "。", "￥", "😀"] as [Unicode.Scalar] {
            #expect(DisplayWidth.of(scalar) == 2, "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        #expect(DisplayWidth.of("社会保障卡") == 10)
        #expect(DisplayWidth.of("ID 号码") == 7)
    }

    @Test func combiningAndZeroWidthCharactersTakeNoColumn() {
        for scalar in ["\u{0301}", "\u{036F}", "\u{20DD}", "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{FE00}", "\u{E0100}", "\u{1160}"] as [Unicode.Scalar] {
            #expect(DisplayWidth.of(scalar) == 0, "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test func graphemeClustersTakeTheirBaseWidthOrTwoForEmojiSequences() {
        #expect(DisplayWidth.of("e\u{0301}" as Character) == 1)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)
        #expect(DisplayWidth.of("👩\u{200D}💻" as Character) == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}" as Character) == 2)
        #expect(DisplayWidth.of("❤" as Character) == 1)
        #expect(DisplayWidth.of("🇨🇳" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("\r\n" as Character) == 0)
        #expect(DisplayWidth.of("cafe\u{0301}") == 4)
    }

    /// Cross-checks the table against glibc's `wcwidth` in the C.UTF-8 locale.
    ///
    /// Deliberate disagreements, all outside assigned characters of these ranges:
    /// glibc answers -1 for control characters (we say 0) and for unassigned code points
    /// such as U+FF00 and U+FFEF (we say 1). Outside the checked ranges the table also gives
    /// width 2 to emoji newer than glibc's Unicode 14 data (e.g. U+1FA75) and width 1 to
    /// regional indicators on their own (a flag pair is one width-2 cluster).
    @Test func agreesWithGlibcWcwidthForCJKHangulFullWidthAndASCII() throws {
        try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xAC00...0xD7A3, 0x1100...0x115F,
            0x1160...0x11FF, 0xFF00...0xFFEF, 0x3000...0x30FF, 0x0300...0x036F, 0x20000...0x2A6DF,
        ]
        var checked = 0
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                let scalar = try #require(Unicode.Scalar(value))
                let glibc = Int(wcwidth(wchar_t(value)))
                if glibc < 0 { continue }
                checked += 1
                if DisplayWidth.of(scalar) != glibc {
                    mismatches.append("U+\(String(value, radix: 16, uppercase: true)) ours \(DisplayWidth.of(scalar)) glibc \(glibc)")
                }
            }
        }
        #expect(checked > 60_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(wcwidth(0xFF00) == -1 && DisplayWidth.of(Unicode.Scalar(0xFF00)!) == 1)
        #expect(wcwidth(0x1B) == -1 && DisplayWidth.of(Unicode.Scalar(0x1B)!) == 0)
    }
}
