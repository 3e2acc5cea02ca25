import Foundation
import KioskAssets
import KioskFlows
import Testing

/// The shipped string tables: complete in both languages, and a missing key never shows as blank.
struct StringCatalogTests {
    @Test func bothLanguagesHaveExactlyTheSameKeys() {
        let strings = ScreenSnapshot.strings
        let chinese = strings.keys(.chinese)
        let english = strings.keys(.english)
        #expect(chinese.subtracting(english).isEmpty, "keys only in Chinese: \(chinese.subtracting(english).sorted())")
        #expect(english.subtracting(chinese).isEmpty, "keys only in English: \(english.subtracting(chinese).sorted())")
        #expect(chinese.count > 10)
    }

    @Test func noTextIsEmpty() throws {
        for language in Language.allCases {
            let data = try KioskAssets.data("strings/\(language.rawValue).json")
            let table = try JSONDecoder().decode([String: String].self, from: data)
            let empty = table.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.keys.sorted()
            #expect(empty.isEmpty, "empty texts in \(language.rawValue): \(empty)")
        }
    }

    @Test func missingKeyShowsTheKeyMarkedNeverABlank() {
        let strings = StringCatalog(tables: [.chinese: [:], .english: [:]])
        let text = strings.text("home.nothing", .chinese)
        #expect(text == "⟦home.nothing⟧")
    }

    @Test func placeholdersAreFilled() {
        let strings = StringCatalog(tables: [.chinese: ["k": "{a}×{b}"], .english: ["k": "{a} by {b}"]])
        #expect(strings.text("k", .english, ["a": "80", "b": "24"]) == "80 by 24")
    }

    @Test func anUnreadableFolderIsReportedWithItsPath() {
        #expect(throws: StringCatalogError.unreadable(path: "/nonexistent/zh-Hans.json")) {
            try StringCatalog.load(from: URL(fileURLWithPath: "/nonexistent"))
        }
    }

    @Test func aTableWithATextThatIsNotAStringIsMalformedAndNamesItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("strings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"home.title": "您好"}"#.utf8).write(to: folder.appendingPathComponent("zh-Hans.json"))
        try Data(#"{"home.title": 7}"#.utf8).write(to: folder.appendingPathComponent("en.json"))
        #expect(throws: StringCatalogError.malformed(path: folder.appendingPathComponent("en.json").path)) {
            try StringCatalog.load(from: folder)
        }
        try Data(#"{"home.title": "Hello {name}"}"#.utf8).write(to: folder.appendingPathComponent("en.json"))
        let strings = try StringCatalog.load(from: folder)
        #expect(strings.text("home.title", .chinese) == "您好")
        #expect(strings.text("home.title", .english, ["name": "Mo"]) == "Hello Mo")
    }
}
