import Foundation
import Testing
import KioskAssets
@testable import KioskDomain

/// The coverage target is a policy table field citing the seed plan, not a constant in the coverage code.
struct CoverageTargetTests {
    @Test("every shipped table sets 95 % and cites the seed plan")
    func shippedTablesCarryTheTarget() throws {
        let book = try PolicyBook(folder: KioskAssets.url("policy"))
        for table in book.tables {
            #expect(table.coverageTargetPerMille == 950, "\(table.name)")
            #expect(table.sources["coverageTargetPerMille"]?.contains("95%") == true, "\(table.name)")
        }
    }

    @Test("a table without the target, out of range or without its source is refused by field")
    func badTargetsAreRefused() throws {
        let shipped = try KioskAssets.data("policy/guangxi-2026.json")
        var object = try #require(try JSONSerialization.jsonObject(with: shipped) as? [String: Any])
        object["coverageTargetPerMille"] = 1200
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "coverageTargetPerMille", problem: .outOfRange)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
        object["coverageTargetPerMille"] = 900
        var sources = try #require(object["sources"] as? [String: String])
        sources.removeValue(forKey: "coverageTargetPerMille")
        object["sources"] = sources
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "sources.coverageTargetPerMille", problem: .noSource)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
        object.removeValue(forKey: "coverageTargetPerMille")
        #expect(throws: PolicyError.invalid(file: "bad.json", field: "coverageTargetPerMille", problem: .missing)) {
            try PolicyBook.table(from: JSONSerialization.data(withJSONObject: object), file: "bad.json")
        }
    }

    @Test("the coverage figures are judged against the target given")
    func judgedAgainstTheGivenTarget() {
        let figures = CoverageFigures(adults: 20, insured: 18)   // 90 %
        #expect(!figures.meets(targetPerMille: 950) && figures.short(ofTargetPerMille: 950) == 1)
        #expect(figures.meets(targetPerMille: 900) && figures.short(ofTargetPerMille: 900) == 0)
        #expect(CoverageFigures.percentText(perMille: 950) == "95.0%")
    }
}
