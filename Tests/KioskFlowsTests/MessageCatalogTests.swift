import Foundation
import KioskAssets
import KioskDomain
import KioskFlows
import Testing

/// Messages with their values: every text of both tables renders with nothing left in braces, both languages ask
/// for the same values, and the screens show a failure's reason, never `{reason}`.
struct MessageCatalogTests {
    static func table(_ language: Language) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: KioskAssets.data("strings/\(language.rawValue).json"))
    }

    @Test func everyTextOfBothTablesRendersWithNoBraceLeftWhenItsPlaceholdersAreSupplied() throws {
        for language in Language.allCases {
            let table = try Self.table(language)
            #expect(table.count > 100)
            for (key, text) in table {
                let names = UserMessage.placeholders(in: text)
                let values = Dictionary(uniqueKeysWithValues: names.map { ($0, "<\($0)>") })
                let shown = ScreenSnapshot.strings.text(UserMessage(key, values), language)
                #expect(!shown.contains("{") && !shown.contains("}"),
                        "\(language.rawValue) \(key) keeps a brace: \(shown)")
                #expect(names.allSatisfy { shown.contains("<\($0)>") }, "\(language.rawValue) \(key): \(shown)")
            }
        }
    }

    @Test func bothLanguagesOfAKeyAskForTheSameValues() throws {
        let chinese = try Self.table(.chinese)
        let english = try Self.table(.english)
        for (key, text) in chinese {
            guard let other = english[key] else { continue }
            #expect(Set(UserMessage.placeholders(in: text)) == Set(UserMessage.placeholders(in: other)),
                    "\(key): zh-Hans \(text) / en \(other)")
        }
    }

    @Test func placeholdersAreNamesBetweenBraces() {
        #expect(UserMessage.placeholders(in: "{a} 和 {b_2}，再 {a}") == ["a", "b_2"])
        #expect(UserMessage.placeholders(in: "no { placeholder } here, {} nor {x") == [])
    }

    @Test func aNestedMessageIsShownAsItsTextInTheSameLanguage() {
        let strings = StringCatalog(tables: [
            .chinese: ["failed": "失败：{reason}", "paper": "缺纸（{printer}）"],
            .english: ["failed": "Failed: {reason}", "paper": "out of paper ({printer})"],
        ])
        let message = UserMessage("failed", nested: ["reason": UserMessage("paper", ["printer": "P1"])])
        #expect(strings.text(message, .chinese) == "失败：缺纸（P1）")
        #expect(strings.text(message, .english) == "Failed: out of paper (P1)")
    }

    @Test func aValueHoldingBracesIsShownAsItIsAndNotFilledAgain() {
        let strings = StringCatalog(tables: [.chinese: ["k": "{a}/{b}"], .english: ["k": "{a}/{b}"]])
        #expect(strings.text(UserMessage("k", ["a": "{b}", "b": "2"]), .english) == "{b}/2")
    }

    @Test func aFailedSaveShowsTheReasonTextNotItsPlaceholder() throws {
        var state = CoordinatorDeathReportTests.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("2")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = WorkFixture.type(&state, "20261118")
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .coordinatorWorkFailed(UserMessage("store.error.writeFailed",
                                                                           nested: ["reason": .databaseFailure])))
        let screen = ScreenSnapshot.text(of: state)
        #expect(screen.contains("保存失败，本次业务未记录") && screen.contains("终端的数据库出错"))
        #expect(!screen.contains("{reason}"))
        try ScreenSnapshot.check(state, named: "coordinator-work-save-failed-zh-80x24")
    }

    @Test func aPrinterFailureShowsItsReasonInTheSentence() {
        var state = CoordinatorDeathReportTests.atWays()
        _ = KioskReducer.reduce(&state, .key(.character("3")))
        _ = KioskReducer.reduce(&state, .monthlyDeathsLoaded([]))
        _ = KioskReducer.reduce(&state, .key(.character("1")))
        _ = KioskReducer.reduce(&state, .printed(failure: UserMessage("print.error.paperOut")))
        let screen = ScreenSnapshot.text(of: state)
        #expect(screen.contains("打印失败：打印机没纸了"), "\(screen)")
        #expect(!screen.contains("{"))
    }
}
