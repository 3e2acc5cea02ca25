import Foundation
import KioskDomain
@testable import KioskFlows
import Testing
import TerminalUI

/// What elderly mode says: what the screen asks, its choices with their keys, amounts and dates in words,
/// and never a typed digit, a PIN or a whole ID or account number.
struct ElderlySpeechTests {
    static func reading(_ state: KioskState) -> SpokenScreen.Reading {
        SpokenScreen.reading(state, strings: ScreenSnapshot.strings)
    }

    @Test("every screen of a walk through the menus says its question and each choice with its key")
    func everyScreenSaysItsQuestionAndChoices() {
        let states = ElderlyWalk.states()
        #expect(states.count >= 25)
        for state in states {
            let screen = ElderlyScreen.capture(state, strings: ScreenSnapshot.strings)
            let spoken = Self.reading(state).lines
            let all = spoken.joined(separator: "\n")
            if let title = screen.title {
                #expect(spoken.first == SpokenFigures.inWords(title), "the screen's question comes first: \(spoken)")
            } else {
                #expect(!spoken.isEmpty)
            }
            for choice in screen.pageChoices {
                #expect(all.contains("按 \(choice.key)，"), "choice \(choice.key) is said with its key: \(all)")
            }
            for key in screen.paging.keys {
                #expect(all.contains("按 \(key.key)，"), "the page key \(key.key) is said: \(all)")
            }
            #expect(!all.contains("[") && !all.contains("┌") && !all.contains("▶") && !all.contains("●"), "\(all)")
            #expect(!all.contains("马山县白山镇那料村"), "the status line is not said")
            #expect(all.range(of: #"\d{15,}"#, options: .regularExpression) == nil, "no whole ID or account number: \(all)")
        }
    }

    @Test("the service menu is said as one question and its choices by key, not the layout")
    func theMenuIsSaidForListening() {
        let spoken = Self.reading(ElderlyModeTests.elderlySession()).lines
        #expect(spoken.first == "请选择要办理的业务")
        let choices = try? #require(spoken.first { $0.hasPrefix("按 1，") })
        #expect(choices?.hasPrefix("按 1，资格认证；按 2，") == true, "\(spoken)")
        #expect(!spoken.contains { $0.contains("韦秀英") }, "who is at the kiosk is shown, not repeated aloud")
    }

    @Test("amounts and dates on a confirmation are said in words")
    func figuresInWords() {
        var state = ElderlyModeTests.elderlySession()
        _ = VillagerFixture.press(&state, .character("1"), .character("1"))
        CardPINSteps.pass(&state)
        let all = Self.reading(state).lines.joined(separator: "\n")
        #expect(all.contains("下次认证截止，二〇二七年十一月三十日"), "\(all)")
        #expect(all.contains("一百六十三元"), "\(all)")
        #expect(all.contains("4501**********3304"), "the ID number is said masked as on screen: \(all)")
        #expect(all.contains("按 1，确认办理") && all.contains("按 0，返回"), "\(all)")
    }

    @Test("sentences with amounts, years and dates are put into words")
    func sentencesInWords() {
        #expect(SpokenFigures.inWords("缴费 1,234.50 元") == "缴费 一千二百三十四元五角")
        #expect(SpokenFigures.inWords("截止 2026-12-01") == "截止 二〇二六年十二月一日")
        #expect(SpokenFigures.inWords("2026 年度已缴 300 元") == "二〇二六年度已缴 三百元")
        #expect(SpokenFigures.inWords("每月 163.05元") == "每月 一百六十三元零五分")
        #expect(SpokenFigures.inWords("按 1，资格认证") == "按 1，资格认证")
    }

    @Test("the time-out warning is said with the seconds left in words")
    func countdownInWords() {
        let state = ElderlyModeTests.elderlySession()
        #expect(SpokenScreen.countdown(secondsLeft: 20, state, strings: ScreenSnapshot.strings).hasPrefix("二十"))
        var english = state
        english.language = .english
        #expect(SpokenScreen.countdown(secondsLeft: 15, english, strings: ScreenSnapshot.strings).contains("15"))
    }

    @Test("typing the card PIN is said as one digit entered each time, never the digit")
    func typedDigitsAreNeverSaid() throws {
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.character("2")), .key(.character("4")), .key(.character("6")), .key(.backspace),
                          .terminationRequested(signal: SIGTERM)])
        var state = ElderlyModeTests.elderlySession()
        _ = VillagerFixture.press(&state, .character("1"), .character("1"))
        #expect(CardPINSteps.stage(state) != nil)
        let reader = RecordingReader()
        let runtime = KioskRuntime(
            terminal: terminal, strings: ScreenSnapshot.strings, state: state,
            clock: .fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!),
            reader: reader, handleEffect: { _, _ in }
        )
        try runtime.run(pollMilliseconds: 1)
        let reads = reader.log.filter { $0.hasPrefix("read:") }
        #expect(reads.first?.contains("密码") == true, "the PIN screen is read first: \(reads)")
        #expect(Array(reads.dropFirst()) == ["read:已输入一位", "read:已输入一位", "read:已输入一位", "read:已删除一位"],
                "\(reader.log)")
        #expect(!reader.log.joined().contains("246") && !reader.log.joined().contains("●"))
    }

    @Test("9 at the kiosk turns the page of choices, and the new page is read with its choices' keys")
    func theRuntimeTurnsPagesWithNine() throws {
        let paged = try #require(ElderlyWalk.states().first {
            ElderlyScreen.capture($0, strings: ScreenSnapshot.strings).paging.pages > 1
        })
        let screen = ElderlyScreen.capture(paged, strings: ScreenSnapshot.strings)
        let terminal = MemoryTerminal(size: TerminalSize(width: 80, height: 24))
        terminal.enqueue([.key(.character("9")), .terminationRequested(signal: SIGTERM)])
        let reader = RecordingReader()
        let runtime = KioskRuntime(
            terminal: terminal, strings: ScreenSnapshot.strings, state: paged,
            clock: .fixed(Date(timeIntervalSince1970: 1_796_000_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!),
            reader: reader, handleEffect: { _, _ in }
        )
        let last = try runtime.run(pollMilliseconds: 1)
        #expect(last.elderlyPage == 1 && last.screen == paged.screen, "9 turned the page, not the screen")
        let reads = reader.log.filter { $0.hasPrefix("read:") }
        #expect(reads.count == 2, "\(reader.log)")
        #expect(reads.last?.contains("按 \(screen.choices[4].key)，") == true, "\(reads)")
        #expect(reads.last?.contains("第 2/\(screen.paging.pages) 页") == true, "\(reads)")
    }
}
