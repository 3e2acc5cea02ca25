import Foundation
import Testing
@testable import ReceiptPrinter

/// Every printer fault has a text in both languages and gives the values it asks for (none so far), so a fault
/// added with a text that inserts a value it does not give fails here.
struct ReceiptPrinterErrorMessageTests {
    /// The shipped string tables, read from the repository (this target does not bundle the assets).
    static func table(_ language: String) throws -> [String: String] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets/strings/\(language).json")
        return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: file))
    }

    /// The names between braces in a text.
    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "\\{([A-Za-z0-9_]+)\\}")
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    @Test func everyPrinterFaultGivesTheValuesItsTextNeedsInBothLanguages() throws {
        let errors: [ReceiptPrinterError] = [.notFound, .permissionDenied, .paperOut, .timedOut, .writeFailed(code: 5),
                                             .encodingFailed]
        func name(_ e: ReceiptPrinterError) -> Int {
            switch e { case .notFound: 0; case .permissionDenied: 1; case .paperOut: 2; case .timedOut: 3; case .writeFailed: 4; case .encodingFailed: 5 }
        }
        #expect(Set(errors.map(name)).count == 6, "one sample of every case")
        for language in ["zh-Hans", "en"] {
            let table = try Self.table(language)
            for error in errors {
                let text = try #require(table[error.messageKey], "\(language): no text for \(error.messageKey)")
                let missing = Self.placeholders(text).subtracting(error.parameters.keys)
                #expect(missing.isEmpty, "\(language) \(error): nothing fills \(missing.sorted())")
            }
        }
        #expect(Self.placeholders("打印失败：{reason}。") == ["reason"])
    }
}
